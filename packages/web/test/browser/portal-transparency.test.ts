import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// 可验证执法日志 on the portal in a real browser: the signed heads the demo seed leaves, the public
// key and the Chinese explanation of how to check them, with JavaScript off; axe finds nothing serious in
// the standard and the high-contrast mode.

let server: RunningServer;
let browser: Browser;

async function newPage(javaScriptEnabled: boolean, mode?: 'contrast'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: 'zh-CN' });
  if (mode) await context.addCookies([{ name: 'sx_display', value: mode, url: server.url }]);
  return context.newPage();
}

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('portal: 可验证执法日志 (R-01)', () => {
  it('lists the signed heads and the key and explains the checks, without JavaScript', async () => {
    const head = (await (await fetch(`${server.url}/api/v1/transparency/tree-head`)).json()) as {
      treeSize: number;
      rootHash: string;
    };
    const page = await newPage(false);
    await page.goto(`${server.url}/transparency`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('可验证执法日志');
    const rows = page.locator('table.list tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4); // three historic heads and the whole log
    expect(await page.locator('main').textContent()).toContain(head.rootHash);
    expect(await page.locator('pre.cmd').first().textContent()).toContain('BEGIN PUBLIC KEY');
    expect(await page.locator('main').textContent()).toContain('openssl dgst -sm3 -verify');
    expect(await page.locator('main').textContent()).toContain('核验通过');
    expect(await page.getByRole('link', { name: '可验证日志' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'portal-transparency');
  });

  it('axe finds nothing serious, in standard and high-contrast mode', async () => {
    for (const mode of [undefined, 'contrast'] as const) {
      const page = await newPage(true, mode);
      await page.goto(`${server.url}/transparency`);
      expect(await seriousViolations(page)).toEqual([]);
      if (mode) await screenshot(page, 'portal-transparency-contrast');
    }
  });
});
