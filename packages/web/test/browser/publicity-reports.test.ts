import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// Issue 7 items 4, 5, 7 in a browser: the portal's certificate lookup (valid, expired, and one the
// regulation section revokes in the console), a window board, the published 2025 annual report with its
// charts — portal pages without JavaScript and axe-clean — and the console's annual report page.
const PASSWORD = 'Rugao@2026!';
let server: RunningServer;
let browser: Browser;
let portal: Page;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
  // axe runs as a script, so the pages are checked in a normal context; the lookup itself is also done
  // once with JavaScript off.
  portal = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.includes('/login'));
  return page;
}

/** A certificate number with the given status, from the people API as a signed-in user sees it. */
async function certificateNumber(page: Page, status: 'valid' | 'expired'): Promise<string> {
  const res = await page.request.get(`${server.url}/api/v1/people?certStatus=${status}&pageSize=1`);
  const body = (await res.json()) as { items: { certificate: { number: string } }[] };
  return body.items[0]!.certificate.number;
}

async function lookUp(number: string, page: Page = portal) {
  await page.goto(`${server.url}/certificates`);
  await page.getByLabel('执法证号').fill(number);
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(/number=/);
  return (await page.locator('main').textContent()) ?? '';
}

describe('certificates on the portal (P-07)', () => {
  it('looks up a valid and an expired certificate by number, without JavaScript, axe-clean', async () => {
    const staff = await signIn('fagui');
    const valid = await certificateNumber(staff, 'valid');
    const expired = await certificateNumber(staff, 'expired');
    const noJs = await (await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })).newPage();
    expect(await lookUp(valid, noJs)).toContain(valid);
    expect(await noJs.locator('.cert-state').textContent()).toBe('有效');
    await noJs.close();
    let text = await lookUp(valid);
    expect(text).toContain(valid);
    expect(await portal.locator('.cert-state').textContent()).toBe('有效');
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-certificate-valid');
    text = await lookUp(expired);
    expect(await portal.locator('.cert-state').textContent()).toBe('已过期');
    expect(text).toContain('不得凭此证从事执法活动');
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-certificate-expired');
    await lookUp('0000000000000');
    expect(await portal.getByRole('alert').textContent()).toContain('未查询到该执法证');
    await staff.close();
  });

  it('the regulation section prints the QR and revokes a certificate in the console; the portal then shows it revoked', async () => {
    const page = await signIn('fagui');
    await page.goto(`${server.url}/console/people?certStatus=valid`);
    await page.locator('.ant-table-row a').first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('cert-qr').waitFor();
    const publicLink = await drawer.getByRole('link', { name: '打开核验页面' }).getAttribute('href');
    expect(publicLink).toMatch(/\/certificates\/v\/[0-9a-f]{32}$/);
    await screenshot(page, 'console-certificate-qr', { fullPage: false });
    await drawer.getByRole('button', { name: '注销执法证' }).click();
    const dialog = page.getByRole('dialog', { name: /注销执法证 \S+/ });
    const title = (await dialog.locator('.ant-modal-title').textContent()) ?? '';
    const number = title.replace('注销执法证', '').trim();
    expect(number).toMatch(/^\d+$/);
    await dialog.getByRole('button', { name: '注销执法证' }).click();
    await dialog.getByText('请填写注销原因').waitFor();
    await dialog.getByLabel('注销原因').fill('调离行政执法岗位');
    await screenshot(page, 'console-certificate-revoke', { fullPage: false });
    await dialog.getByRole('button', { name: '注销执法证' }).click();
    await page.getByText('执法证已注销').waitFor();

    // The QR's page and the lookup by number both say revoked; the reason stays inside.
    await portal.goto(new URL(publicLink!, server.url).toString());
    expect(await portal.locator('.cert-state').textContent()).toBe('已注销');
    expect(await portal.locator('main').textContent()).not.toContain('调离行政执法岗位');
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-certificate-revoked');
    await lookUp(number);
    expect(await portal.locator('.cert-state').textContent()).toBe('已注销');
    await page.close();
  });
});

describe('window boards (P-08)', () => {
  it('lists the windows and shows a printable board with every element, axe-clean', async () => {
    await portal.goto(`${server.url}/windows`);
    await portal.locator('ul.window-list a').first().click();
    await portal.waitForURL(/\/windows\/[A-Za-z0-9-]+$/);
    for (const h of ['岗位职责', '申请材料及示范文本', '办理进度查询', '咨询服务', '投诉举报'])
      expect(await portal.getByRole('heading', { name: h }).isVisible()).toBe(true);
    expect(await portal.getByRole('img', { name: '办理进度查询二维码' }).isVisible()).toBe(true);
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-window-board');
    await portal.emulateMedia({ media: 'print' });
    expect(await portal.locator('header.site').isVisible()).toBe(false);
    await screenshot(portal, 'portal-window-board-print');
    await portal.emulateMedia({ media: 'screen' });
  });
});

describe('annual report (P-11)', () => {
  it('the portal shows the published 2025 report with its SVG charts and downloads, axe-clean', async () => {
    await portal.goto(`${server.url}/annual-reports`);
    await portal.getByRole('link', { name: /2025年度/ }).click();
    await portal.waitForURL(/\/annual-reports\/2025$/);
    expect(await portal.locator('h1').textContent()).toBe('2025年度行政执法数据统计报告');
    expect(await portal.locator('figure.chart svg[role="img"]').count()).toBe(2);
    const penalty = await portal
      .locator('table.report-acts tr', { hasText: '行政处罚' })
      .locator('td.num')
      .textContent();
    expect(Number(penalty)).toBeGreaterThan(0);
    expect(await portal.getByRole('link', { name: /下载 PDF/ }).getAttribute('href')).toBe(
      '/annual-reports/2025/report.pdf',
    );
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-annual-report-2025');
    // High-contrast and large-font modes keep the charts legible and the page accessible.
    await portal.getByRole('link', { name: '高对比度' }).click();
    expect(await portal.locator('body').getAttribute('class')).toBe('contrast');
    expect(await seriousViolations(portal)).toEqual([]);
    await screenshot(portal, 'portal-annual-report-contrast', { fullPage: false });
    await portal.getByRole('link', { name: '大字模式' }).click();
    expect(await seriousViolations(portal)).toEqual([]);
    await portal.getByRole('link', { name: '标准模式' }).click();
  });

  it('the console shows the 2026 draft with echarts, and the publicity officer can recompute it', async () => {
    const page = await signIn('gongshi');
    await page.goto(`${server.url}/console/annual-report?year=2026`);
    await page.getByText('年度尚未结束').waitFor();
    await page.locator('[role="img"] svg').first().waitFor();
    expect(await page.locator('[role="img"] svg').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByText('操作成功').waitFor();
    expect(await page.getByRole('button', { name: '提交审核' }).isDisabled()).toBe(true);
    await screenshot(page, 'console-annual-report-2026');
    await page.goto(`${server.url}/console/windows`);
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'console-windows');
    await page.close();
  });
});
