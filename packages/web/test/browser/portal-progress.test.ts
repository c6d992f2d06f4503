import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// 案件进度查询 on the portal (P-08; Case handling item 8) in a real browser: a party types the case number
// and query code into the plain form with JavaScript off and sees stage and deadlines; axe finds nothing
// serious on the form, the answer or the not-found message. The demo case is found through the staff API,
// as an officer would read the number and code off the documents.

const PASSWORD = 'Rugao@2026!';
let server: RunningServer;
let browser: Browser;
let demo: { caseNo: string; queryCode: string; summary: string; parties: string[] };

/** A page with JavaScript off (the portal must work without it) or on (axe runs as a script). */
async function newPage(javaScriptEnabled: boolean, mode?: 'contrast'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'zh-CN' });
  if (mode) await context.addCookies([{ name: 'sx_display', value: mode, url: server.url }]);
  return context.newPage();
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zhifa', password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const list = (await (
    await fetch(`${server.url}/api/v1/cases?status=open&pageSize=100`, { headers: { cookie } })
  ).json()) as { items: { id: string; caseNo: string | null; nearestDeadline: unknown }[] };
  const picked = list.items.find((c) => c.caseNo && c.nearestDeadline);
  expect(picked).toBeDefined();
  const kase = (await (
    await fetch(`${server.url}/api/v1/cases/${picked!.id}`, { headers: { cookie } })
  ).json()) as {
    caseNo: string;
    queryCode: string;
    summary: string;
    parties: { name: string }[];
  };
  demo = {
    caseNo: kase.caseNo,
    queryCode: kase.queryCode,
    summary: kase.summary,
    parties: kase.parties.map((p) => p.name),
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('portal progress query in a browser', () => {
  it('finds a case by number and query code with JavaScript off, showing stage and deadlines only', async () => {
    const page = await newPage(false);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '进度查询' }).click();
    await page.waitForURL(`${server.url}/progress`);
    await expect(page.locator('h1').textContent()).resolves.toBe('案件进度查询');
    await page.getByLabel('案件编号').fill(demo.caseNo);
    await page.getByLabel('查询码').fill(demo.queryCode.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/progress\?caseNo=/);
    const result = page.locator('.result');
    expect(await result.isVisible()).toBe(true);
    expect(await result.textContent()).toContain(demo.caseNo);
    expect((await page.locator('.stage').textContent())?.trim()).not.toBe('');
    expect(await page.locator('.due-date').count()).toBeGreaterThan(0);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const s of [demo.summary, ...demo.parties]) expect(main, s).not.toContain(s);
    await screenshot(page, 'portal-progress-found');
  });

  it('answers a wrong code with the neutral message', async () => {
    const page = await newPage(false);
    await page.goto(`${server.url}/progress`);
    await page.getByLabel('案件编号').fill(demo.caseNo);
    await page.getByLabel('查询码').fill('WRONG000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/progress\?caseNo=/);
    expect(await page.getByRole('alert').textContent()).toContain('未找到');
    expect(await page.locator('.result').count()).toBe(0);
    await screenshot(page, 'portal-progress-not-found');
  });

  it('axe finds nothing serious on the form, the answer and the message, also in high contrast', async () => {
    const q = (code: string) =>
      `${server.url}/progress?caseNo=${encodeURIComponent(demo.caseNo)}&code=${encodeURIComponent(code)}`;
    for (const mode of [undefined, 'contrast'] as const) {
      const page = await newPage(true, mode);
      for (const url of [`${server.url}/progress`, q(demo.queryCode), q('WRONG000')]) {
        await page.goto(url);
        expect(await seriousViolations(page), `${mode ?? 'standard'} ${url}`).toEqual([]);
      }
      await page.context().close();
    }
  });
});
