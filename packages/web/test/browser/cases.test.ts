import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// The case pages of the staff console: the officer of 一中队 finds a demo case in the list, opens it, and
// sees its running deadlines and the acts of its current stage.
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

async function signIn(username: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

describe('case pages', () => {
  it('an officer opens the case list, opens a case, and sees its deadlines and the actions panel', async () => {
    const page = await signIn('zhifa');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByRole('menuitem', { name: '案件' }).click();
    await page.getByRole('heading', { name: '案件' }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // A case with a running deadline shows it with the days left.
    const withDeadline = rows.filter({ has: page.getByTestId('deadline-tag') }).first();
    await withDeadline.waitFor();
    expect(await withDeadline.getByTestId('deadline-tag').textContent()).toMatch(/剩余|超期|今日届满/);
    await screenshot(page, 'console-cases-list');

    await withDeadline.getByRole('link').first().click();
    await page.waitForURL(/\/console\/cases\/[^/]+$/);
    const deadlines = page.getByTestId('case-deadlines');
    await deadlines.waitFor();
    await deadlines.getByTestId('deadline-tag').first().waitFor();
    const actions = page.getByTestId('case-actions');
    await actions.waitFor();
    expect(await actions.getByRole('button').count()).toBeGreaterThan(0);
    await screenshot(page, 'console-case-workspace');
  });

  it('an officer opens the intake form and is told that a case needs two certified officers', async () => {
    const page = await signIn('zhifa');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.goto(`${server.url}/console/cases/new`);
    await page.getByRole('heading', { name: '新建案件' }).waitFor();
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText('办案人员至少两名').waitFor();
    await screenshot(page, 'console-case-intake');
  });
});
