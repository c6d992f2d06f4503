import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// Legal review in the console and on the portal (L-01 … L-04): the brigade reviewer's inbox with the
// overdue review first, the workspace with the case file beside the checklist and the seven items (a
// problem without a comment is refused in the form; a return is recorded as a round), the supervision
// centre's figures with charts, and the portal's rules, catalogue and flowchart, axe-clean.
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
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  return page;
}

describe('legal review in the console', () => {
  it('the reviewer sees the overdue review first, opens it, and returns it with a finding on one item', async () => {
    const page = await signIn('fazhike');
    await page.getByRole('menuitem', { name: '法制审核' }).click();
    await page.getByRole('heading', { name: '法制审核待办' }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // Overdue first: the first row carries the overdue tag.
    await page.locator('.ant-segmented').getByText('本级全部').click();
    await rows
      .first()
      .getByText(/逾期 \d+ 个工作日/)
      .waitFor();
    await screenshot(page, 'console-review-inbox');

    // A round waiting for the reviewer (not overdue: the demo's other ones) — open the last row's case.
    await rows.last().getByRole('link').click();
    await page.waitForURL(/\/console\/reviews\/cases\/[^/]+$/);
    await page.getByText('送审材料清单').waitFor();
    await page.getByText('案卷', { exact: true }).waitFor();
    const facts = page.getByRole('radiogroup', { name: '案件事实是否清楚，证据是否合法充分' });
    await facts.getByText('存在问题').click();
    await page.getByLabel('退回补正').check({ force: true });
    await page.getByLabel('审核意见书正文').fill('证据不足，请补充询问笔录后重新送审');
    await page.getByRole('button', { name: '出具审核意见' }).click();
    await page.getByText('存在问题的须写明意见').waitFor();
    await screenshot(page, 'console-review-workspace-refused', { fullPage: false });
    await page.getByLabel('案件事实是否清楚，证据是否合法充分 意见').fill('当事人身份证明缺失');
    await page.getByRole('button', { name: '出具审核意见' }).click();
    await page.getByText('审核意见已出具').waitFor();
    await page.locator('.ant-timeline').getByText('退回补正').first().waitFor();
    await page.getByText('当事人身份证明缺失').first().waitFor();
    await screenshot(page, 'console-review-workspace');
  });

  it('the supervision centre reads the figures with charts per reviewer and unit', async () => {
    const page = await signIn('jiandu');
    await page.getByRole('menuitem', { name: '审核统计' }).click();
    await page.getByRole('heading', { name: '法制审核统计' }).waitFor();
    await page.getByRole('img', { name: '各审核人员审核件数与通过率' }).locator('svg').waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(1);
    await screenshot(page, 'console-review-figures');
    // The overdue reviews reach the supervision centre's inbox without anyone sending them.
    await page.getByRole('menuitem', { name: '法制审核' }).click();
    await page.getByRole('heading', { name: '法制审核待办' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByText(/逾期/).waitFor();
  });
});

describe('legal review on the portal', () => {
  it('publishes the rules with the flowchart and the catalogue; axe finds nothing serious', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(`${server.url}/review`);
    await page.getByRole('heading', { name: '重大执法决定法制审核制度' }).waitFor();
    expect(await page.locator('figure.flowchart svg').count()).toBe(1);
    await page.getByText('执法主体是否合法').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-review-rules');
    await page.getByRole('link', { name: '重大执法决定法制审核目录清单' }).click();
    await page.getByRole('heading', { name: '重大执法决定法制审核目录清单', level: 1 }).waitFor();
    await page.getByText('50,000 元以上').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-review-catalogue');
  });
});
