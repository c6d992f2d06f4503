import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
  // The portal must work for a reader without JavaScript.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('portal in a browser without JavaScript', () => {
  it("shows the bureau's page with its remedies, and axe finds nothing serious", async () => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('机关概况');
    expect(await page.getByRole('heading', { name: '救济渠道' }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain('如皋市人民政府');
    await screenshot(page, 'portal-home');
    await page.close();
    page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(`${server.url}/`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches to large-font and high-contrast mode by link, and stays accessible', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '大字模式' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(await page.locator('body').getAttribute('class')).toBe('large');
    const size = await page.locator('body').evaluate((b) => getComputedStyle(b).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'portal-large');
    await page.getByRole('link', { name: '高对比度' }).click();
    expect(await page.locator('body').getAttribute('class')).toBe('contrast');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-contrast');
    await page.getByRole('link', { name: '标准模式' }).click();
  });

  it('computes a deadline with the plain form', async () => {
    await page.goto(`${server.url}/deadline`);
    await page.getByLabel('起算日期').fill('2025-09-30');
    await page.getByLabel('天数').fill('7');
    await page.getByLabel('计算方式').selectOption('working');
    await page.getByRole('button', { name: '计算' }).click();
    await page.waitForURL(/from=2025-09-30/);
    expect(await page.locator('.due').textContent()).toBe('2025-10-16');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-deadline');
  });

  it('can be used with the keyboard alone: the skip link comes first', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('跳到主要内容');
  });
});
