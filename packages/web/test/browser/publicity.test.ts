import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// Issue 7 item 10 in a real browser: an officer decides a case on the spot (through the API, as the console
// would); the publicity officer finds the draft in the queue, sees every redaction highlighted, keeps one
// visible, hides one more word, saves and approves; the decision is found on the portal by Chinese search
// with JavaScript off; the decision is revoked; the officer withdraws it and the portal says why.

const PASSWORD = 'Rugao@2026!';
const ID = '32068219850412123'; // + check character below
let server: RunningServer;
let browser: Browser;

function idWithCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}
const SECRET_ID = idWithCheck(ID);
const SECRET_PHONE = '13912345678';

async function apiSession(username: string) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return call;
}

async function decideACase(): Promise<{ id: string; docNo: string }> {
  const zhifa = await apiSession('zhifa');
  const people = await zhifa('GET', '/people?unitId=rg-dd-1&certStatus=valid&pageSize=10');
  const officers = people.items
    .slice(0, 2)
    .map((p: { id: string }, i: number) => ({ personId: p.id, role: i === 0 ? 'lead' : 'assist' }));
  let k = await zhifa('POST', '/cases', {
    source: 'patrol',
    summary: '门店窗外堆放纸箱杂物，有碍市容',
    place: '如皋市如城街道解放路',
    occurredOn: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    discoveredOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    procedure: 'simple',
    matterCode: 'CG-CF-007',
    unitId: 'rg-dd-1',
    parties: [
      {
        kind: 'person',
        name: '周建国',
        idNumber: SECRET_ID,
        address: '如皋市如城街道海阳路12号',
        phone: SECRET_PHONE,
      },
    ],
    officers,
  });
  k = await zhifa('PUT', `/cases/${k.id}/penalty`, { circumstances: '一般处罚', kinds: ['罚款'], fine: 50 });
  k = await zhifa('POST', `/cases/${k.id}/actions/apply-simple-procedure`, {
    payload: { certificateShown: true },
    version: k.version,
  });
  const doc = await zhifa('POST', `/cases/${k.id}/documents`, {
    kind: 'on-the-spot-decision',
    input: {
      facts: `当事人周建国（身份证号码${SECRET_ID}，联系电话${SECRET_PHONE}）在解放路门店二楼窗外堆放纸箱杂物，证人陈立新称已持续三日`,
      evidence: ['现场照片3张'],
    },
  });
  const issued = await zhifa('POST', `/cases/${k.id}/documents/${doc.document.id}/issue`);
  k = await zhifa('GET', `/cases/${k.id}`);
  await zhifa('POST', `/cases/${k.id}/actions/deliver-decision`, {
    payload: { onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true } },
    version: k.version,
  });
  return { id: k.id, docNo: issued.document.number };
}

async function signIn(username: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  return page;
}

async function portalPage(javaScriptEnabled: boolean): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled, locale: 'zh-CN' })).newPage();
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('publication workflow in the browser', () => {
  it('decide, review the redactions, edit, approve, find by search, revoke, withdraw with the reason shown', async () => {
    const kase = await decideACase();
    const title = `行政处罚决定书（${kase.docNo}）`;

    // The queue: the new draft is there with its deadline.
    const page = await signIn('gongshi');
    await page.getByRole('menuitem', { name: '执法公示' }).click();
    await page.getByRole('heading', { name: '执法公示' }).waitFor();
    await page.getByLabel('标题、文号或当事人').fill('周建国');
    await page.getByLabel('标题、文号或当事人').press('Enter');
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    await screenshot(page, 'publicity-queue');
    await link.click();

    // The editor: the ID number, the phone and the witness are highlighted.
    const source = page.getByTestId('publication-source');
    await source.waitFor();
    expect(await source.locator(`mark[data-kind="id-number"]`).textContent()).toBe(SECRET_ID);
    expect(await source.locator(`mark[data-kind="phone"]`).first().textContent()).toBe(SECRET_PHONE);
    expect(await source.locator(`mark[data-kind="person-name"]`).textContent()).toBe('陈立新');
    expect(await page.getByTestId('publication-preview').textContent()).not.toContain(SECRET_ID);
    await screenshot(page, 'publicity-editor-draft');

    // Keep the witness's name (click its mark), hide the street name (select it, add), save.
    await source.getByRole('button', { name: /陈立新/ }).click();
    await page.evaluate(() => {
      const box = document.querySelector('[data-testid="publication-source"]')!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('解放路门店');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 3);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return;
        }
      }
      throw new Error('text not found');
    });
    await page.getByRole('button', { name: '隐去选中文字' }).click();
    await page.getByRole('button', { name: '保存脱敏' }).click();
    await page.getByText('脱敏已保存').waitFor();
    const preview = await page.getByTestId('publication-preview').textContent();
    expect(preview).toContain('陈立新');
    expect(preview).not.toContain('解放路门店');
    expect(preview).not.toContain(SECRET_ID);
    expect(preview).not.toContain(SECRET_PHONE);

    await page.getByRole('button', { name: '审核通过并发布' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '审核通过并发布' }).click();
    await page.getByText('在门户网站查看').waitFor();
    await screenshot(page, 'publicity-editor-published');
    const portalHref = await page.getByRole('link', { name: '在门户网站查看' }).getAttribute('href');
    expect(portalHref).toMatch(/^\/publications\/[A-Za-z0-9_-]{22}$/);

    // The portal, without JavaScript: search in Chinese, open the item.
    const reader = await portalPage(false);
    await reader.goto(`${server.url}/publications`);
    await reader.getByLabel('关键词').fill('纸箱杂物');
    await reader.getByRole('button', { name: '检索' }).click();
    await reader.waitForURL(/\/search\?q=/);
    await reader.getByRole('link', { name: title }).click();
    await reader.waitForURL(new RegExp(portalHref!));
    const body = await reader.locator('main').textContent();
    expect(body).toContain('纸箱杂物');
    expect(body).not.toContain(SECRET_ID);
    expect(body).not.toContain('解放路门店');
    await screenshot(reader, 'publicity-portal-item');
    const axe = await portalPage(true);
    for (const url of [portalHref!, '/search?q=纸箱杂物', '/publications', '/']) {
      await axe.goto(`${server.url}${url}`);
      expect(await seriousViolations(axe), url).toEqual([]);
    }

    // The decision is revoked on reconsideration: the regulation section records it from the same page.
    const editorUrl = page.url();
    const fagui = await signIn('fagui');
    await fagui.goto(editorUrl);
    await fagui.getByRole('button', { name: '登记决定撤销或变更' }).click();
    await fagui
      .getByLabel('原因（公示撤回时在门户网站显示）')
      .fill('经行政复议，原处罚决定认定事实不清，予以撤销');
    await screenshot(fagui, 'publicity-revocation', { fullPage: false });
    await fagui
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await fagui.getByText('已登记，公示信息须在3个工作日内撤回').waitFor();
    // The publicity officer withdraws it.
    await page.reload();
    await page.getByText('处罚决定已被撤销或变更，须撤回').waitFor();
    await page.getByRole('button', { name: /^撤\s*回$/ }).click();
    await page.getByLabel('撤回原因（将在门户网站显示）').fill('原处罚决定经行政复议被撤销');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /撤\s*回/ })
      .click();
    await page.getByText('已撤回').first().waitFor();

    await reader.goto(`${server.url}${portalHref}`);
    const after = await reader.locator('main').textContent();
    expect(after).toContain('该信息已撤回');
    expect(after).toContain('原处罚决定经行政复议被撤销');
    expect(after).not.toContain('纸箱杂物');
    await screenshot(reader, 'publicity-portal-withdrawn');
    await axe.goto(`${server.url}${portalHref}`);
    expect(await seriousViolations(axe)).toEqual([]);
    const contrast = await browser.newContext({ locale: 'zh-CN' });
    await contrast.addCookies([{ name: 'sx_display', value: 'contrast', url: server.url }]);
    const hc = await contrast.newPage();
    await hc.goto(`${server.url}/publications`);
    expect(await seriousViolations(hc)).toEqual([]);
    await screenshot(hc, 'publicity-portal-list-contrast');

    // The corrections inbox has the demo's open request.
    await page.getByRole('menuitem', { name: '纠错申请' }).click();
    await page.getByRole('heading', { name: '纠错申请' }).waitFor();
    await page.getByText('解放路38号').waitFor();
    await screenshot(page, 'publicity-corrections');
  });
});
