import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// The staff console as a user meets it: the built app, started as `sanxiang start` on a fresh data
// directory with the demo bureau, in Debian's Chromium.
const PASSWORD = 'Rugao@2026!';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, password = PASSWORD): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

describe('staff console', () => {
  it('the sign-in page is accessible and refuses a wrong password with the server’s message', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(`${server.url}/console/login`);
    await page.getByLabel('用户名').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('用户名').fill('zhifa');
    await page.getByLabel('口令').fill('Not-the-password-1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').first().waitFor();
    await screenshot(page, 'console-login-error');
  });

  it('an officer signs in and sees the workbench for their own squad', async () => {
    const page = await signIn('zhifa');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    const header = await page.locator('header').textContent();
    expect(header).toContain('一中队');
    // The officer's scope is 一中队: six people.
    await page.getByRole('menuitem', { name: '人员与执法证' }).click();
    await page.getByRole('heading', { name: '人员与执法证' }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(6);
    expect(await page.locator('.ant-table-tbody').textContent()).toContain('一中队');
    // Administrative areas are not offered to an officer.
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '账号管理' }).count()).toBe(0);
    await screenshot(page, 'console-people-officer');
  });

  it('a new officer must change the initial password before anything else', async () => {
    const page = await signIn('xinyuan');
    await page.getByLabel('当前口令').waitFor();
    await page.getByLabel('当前口令').fill(PASSWORD);
    await page.getByLabel('新口令', { exact: true }).fill('Haiyang#2026ok');
    await page.getByLabel('确认新口令').fill('Haiyang#2026ok');
    await page.getByRole('button', { name: '修改口令' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
  });

  it('the audit administrator searches the log and verifies the chain', async () => {
    const page = await signIn('auditadmin');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    const table = page.locator('.ant-table-tbody');
    await table.locator('tr.ant-table-row').first().waitFor();
    // The earlier failed sign-in of zhifa is in the log.
    expect(await table.textContent()).toContain('登录');
    await page.getByRole('button', { name: /校验完整性/ }).click();
    await page.getByText(/审计日志完整/).waitFor();
    await screenshot(page, 'console-audit');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches to English', async () => {
    const page = await signIn('sysadmin');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await screenshot(page, 'console-dashboard-en');
  });
});
