import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// The life of a new version of the 行政执法事项清单 in the console, as the bureau lives it: the legal section
// (fagui) exports the draft to Excel, imports a workbook with a mistake and reads the problem report, imports
// the corrected workbook, and submits; the head (juzhang) approves; the legal section records the justice
// bureau's filing with its receipt; the public portal then shows the new version and its filing number.
// The demo data is used as it is: ids and counts are read through the API, never assumed.

const PASSWORD = 'Rugao@2026!';
let server: RunningServer;
let browser: Browser;
let workDir: string;

interface Version {
  id: string;
  versionNo: number;
  status: 'draft' | 'submitted' | 'approved' | 'filed';
  itemCount: number;
  isCurrent: boolean;
  filing: { number: string; date: string } | null;
}

/** Shared by the steps below, which run in order. */
const state: { draft?: Version; exported?: string; bad?: string; fixed?: string; filingNumber?: string } = {};

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchBrowser();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-catalog-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

async function signIn(username: string): Promise<Page> {
  // The bureau's browsers run on China time; the console's own date logic does not depend on it.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  return page;
}

/** A JSON read with the page's own session (cookies are shared with page.request). */
async function apiGet<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(`${server.url}/api/v1${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

const versionUrl = (id: string) =>
  `${server.url}/console/catalogs/matters/versions/${encodeURIComponent(id)}`;

/** The column number of a header on row 1 of a sheet. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (String(cell.value).trim() === header) found = col;
  });
  expect(found, `column ${header}`).toBeGreaterThan(0);
  return found;
}

/** Picks a file for the antd Upload whose hidden input accepts `accept`. */
async function chooseFile(page: Page, accept: string, file: string) {
  await page.locator(`input[type=file][accept="${accept}"]`).setInputFiles(file);
}

describe('a new version of the enforcement-matters list, from draft to the portal', () => {
  it('the legal section opens the draft and exports it to Excel', async () => {
    const page = await signIn('fagui');
    await page.getByRole('menuitem', { name: '执法事项清单' }).click();
    await page.getByRole('heading', { name: '执法事项清单' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-versions');

    const { items } = await apiGet<{ items: Version[] }>(page, '/catalogs/matters/versions?pageSize=200');
    const current = items.find((v) => v.isCurrent);
    expect(current?.status).toBe('filed');
    let draft = items.find((v) => v.status !== 'filed');
    if (!draft) {
      // No open version: start one from the current list.
      await page.getByRole('button', { name: /新建版本/ }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /创建草稿/ })
        .click();
      await page.getByText(/草稿$/).first().waitFor();
      draft = (
        await apiGet<{ items: Version[] }>(page, '/catalogs/matters/versions?pageSize=200')
      ).items.find((v) => v.status !== 'filed');
    } else {
      expect(draft.status, 'the demo’s open version is a draft').toBe('draft');
      // The console offers the open version from the list.
      await page.getByRole('button', { name: `打开第 ${draft.versionNo} 版（未备案）` }).click();
    }
    state.draft = draft!;
    await page.waitForURL(/\/catalogs\/matters\/versions\//);
    await page.getByRole('heading', { name: new RegExp(`第 ${draft!.versionNo} 版`) }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-draft');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /导出 Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    state.exported = path.join(workDir, 'exported.xlsx');
    await file.saveAs(state.exported);

    // Two copies: one with a category the list does not have and an article the regulation lacks, and a
    // corrected one that also carries one real edit.
    const bad = new ExcelJS.Workbook();
    await bad.xlsx.readFile(state.exported);
    const sheet = bad.getWorksheet('行政执法事项')!;
    sheet.getRow(3).getCell(columnOf(sheet, '事项类别')).value = '行政奖励';
    sheet.getRow(5).getCell(columnOf(sheet, '法律依据')).value =
      '违法依据：《城市道路管理条例》第九十九条\n处罚依据：《城市道路管理条例》第四十二条';
    state.bad = path.join(workDir, 'with-mistakes.xlsx');
    await bad.xlsx.writeFile(state.bad);

    const fixed = new ExcelJS.Workbook();
    await fixed.xlsx.readFile(state.exported);
    const fixedSheet = fixed.getWorksheet('行政执法事项')!;
    const time = fixedSheet.getRow(2).getCell(columnOf(fixedSheet, '办理时限'));
    time.value = `${String(time.value ?? '')}（浏览器测试调整）`;
    state.fixed = path.join(workDir, 'corrected.xlsx');
    await fixed.xlsx.writeFile(state.fixed);
    await page.context().close();
  });

  it('a saved item citing an article that does not exist is refused on that row', async () => {
    const page = await signIn('fagui');
    await page.goto(versionUrl(state.draft!.id));
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await first.getByRole('button', { name: /修\s*改/ }).click();
    const drawer = page.getByRole('dialog');
    const article = drawer.getByLabel('第 1 条依据的条号');
    await article.fill('第九百九十九条');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    const error = drawer.locator('.ant-form-item-explain-error', { hasText: '没有第九百九十九条' });
    await error.waitFor();
    // The message sits in the same row as the article it concerns.
    expect(await page.locator('[data-basis-row="0"]').textContent()).toContain('没有第九百九十九条');
    await screenshot(page, 'catalog-item-basis-error', { fullPage: false });
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await page.context().close();
  });

  it('an import with mistakes is refused with every problem by row and column; the corrected one succeeds', async () => {
    const page = await signIn('fagui');
    await page.goto(versionUrl(state.draft!.id));
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();

    await chooseFile(page, '.xlsx', state.bad!);
    const dialog = page.getByRole('dialog', { name: '导入 Excel' });
    await dialog.getByText(/导入未完成：发现 \d+ 个问题/).waitFor({ timeout: 30_000 });
    const rows = dialog.locator('.ant-table-tbody tr.ant-table-row');
    const problems = (await rows.allTextContents()).join('\n');
    const category = dialog.locator('tr', { hasText: '行政奖励' });
    expect(await category.locator('td').nth(1).textContent()).toBe('3');
    expect(await category.locator('td').nth(2).textContent()).toBe('事项类别');
    const basis = dialog.locator('tr', { hasText: '没有第九十九条' });
    expect(await basis.locator('td').nth(1).textContent()).toBe('5');
    expect(await basis.locator('td').nth(2).textContent()).toBe('法律依据');
    expect(problems).toContain('《城市道路管理条例》没有第九十九条');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-import-problems', { fullPage: false });
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Nothing changed: the draft still has its items.
    const before = await apiGet<Version>(page, `/catalogs/matters/versions/${state.draft!.id}`);
    expect(before.itemCount).toBe(state.draft!.itemCount);

    await chooseFile(page, '.xlsx', state.fixed!);
    await dialog.getByText(`导入成功，共导入 ${state.draft!.itemCount} 项`).waitFor({ timeout: 30_000 });
    // The progress bar reached its end, and the message with the count was shown as well.
    expect(await dialog.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.locator('.ant-message').getByText(`导入成功，共导入 ${state.draft!.itemCount} 项`).waitFor();
    await screenshot(page, 'catalog-import-succeeded', { fullPage: false });
    await dialog.getByRole('button', { name: /确\s*定/ }).click();

    // The one real edit shows in the comparison with the list in force.
    await page.getByRole('button', { name: /版本比较/ }).click();
    await page.getByRole('heading', { name: /版本比较/ }).waitFor();
    await page.getByText('浏览器测试调整').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-diff');

    await page.goto(versionUrl(state.draft!.id));
    await page.getByRole('button', { name: /提交审批/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /提交审批/ })
      .click();
    await page.getByText(`第 ${state.draft!.versionNo} 版已提交审批`).waitFor();
    await page.locator('.ant-tag', { hasText: '待审批' }).first().waitFor();
    // A submitted version no longer offers editing.
    expect(await page.getByRole('button', { name: /新增执法事项/ }).count()).toBe(0);
    await page.context().close();
  });

  it('the head returns it with a reason; the legal section reads the reason and submits again', async () => {
    const head = await signIn('juzhang');
    await head.goto(versionUrl(state.draft!.id));
    await head.getByRole('button', { name: /退回修改/ }).click();
    const dialog = head.getByRole('dialog');
    await dialog.getByLabel('退回理由').fill('请核对渣土运输事项的裁量情形表述');
    await dialog.getByRole('button', { name: /退回修改/ }).click();
    await head.getByText(`第 ${state.draft!.versionNo} 版已退回修改`).waitFor();
    await head.context().close();

    const page = await signIn('fagui');
    await page.goto(versionUrl(state.draft!.id));
    await page.getByRole('alert').getByText('请核对渣土运输事项的裁量情形表述').waitFor();
    await page.locator('.ant-tag', { hasText: '草稿' }).first().waitFor();
    await screenshot(page, 'catalog-returned', { fullPage: false });
    await page.getByRole('button', { name: /提交审批/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /提交审批/ })
      .click();
    await page.getByText(`第 ${state.draft!.versionNo} 版已提交审批`).waitFor();
    await page.context().close();
  });

  it('the head approves', async () => {
    const page = await signIn('juzhang');
    await page.goto(versionUrl(state.draft!.id));
    await page.getByRole('button', { name: /审批通过/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('审批意见（可选）').fill('同意报备。');
    await dialog.getByRole('button', { name: /审批通过/ }).click();
    await page.getByText(`第 ${state.draft!.versionNo} 版已批准`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag', { hasText: '已批准待备案' }).first().waitFor();
    await screenshot(page, 'catalog-approved');
    await page.context().close();
  });

  it('the legal section records the filing with the receipt, and the version comes into force', async () => {
    const page = await signIn('fagui');
    await page.goto(versionUrl(state.draft!.id));
    await page.getByRole('button', { name: /登记备案/ }).click();
    const dialog = page.getByRole('dialog', { name: '登记备案' });
    // A filing number unlike any the demo has used.
    const { items } = await apiGet<{ items: Version[] }>(page, '/catalogs/matters/versions?pageSize=200');
    const taken = new Set(items.flatMap((v) => (v.filing ? [v.filing.number] : [])));
    let n = 51;
    while (taken.has(`皋司备〔2026〕${n}号`)) n++;
    state.filingNumber = `皋司备〔2026〕${n}号`;
    await dialog.getByLabel('备案号').fill(state.filingNumber);
    const receipt = path.join(workDir, '备案回执.pdf');
    fs.writeFileSync(receipt, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await dialog.locator('input[type=file]').setInputFiles(receipt);
    await dialog.getByText('备案回执.pdf').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-filing-form', { fullPage: false });
    await dialog.getByRole('button', { name: /登记备案/ }).click();
    await page
      .getByText(`第 ${state.draft!.versionNo} 版已备案（${state.filingNumber}），成为现行清单`)
      .waitFor();
    await page.locator('.ant-tag', { hasText: '现行' }).first().waitFor();
    expect(await page.getByText(state.filingNumber).count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: /备案回执\.pdf/ }).waitFor();
    await screenshot(page, 'catalog-filed');

    const filed = await apiGet<Version>(page, `/catalogs/matters/versions/${state.draft!.id}`);
    expect(filed.status).toBe('filed');
    expect(filed.isCurrent).toBe(true);
    expect(filed.filing?.number).toBe(state.filingNumber);
    await page.context().close();
  });

  it('the public portal shows the new version and its filing number', async () => {
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(`${server.url}/matters`);
    const body = await page.locator('body').textContent();
    expect(body).toContain(`第 ${state.draft!.versionNo} 版`);
    expect(body).toContain(state.filingNumber);
    await screenshot(page, 'catalog-portal-matters');
    await page.context().close();
  });
});

describe('law library and rules register', () => {
  it('searches the articles with the matches marked, and opens the reader at an article', async () => {
    const page = await signIn('zhifa');
    await page.getByRole('menuitem', { name: '法律法规库' }).click();
    await page.getByRole('heading', { name: '法律法规库' }).waitFor();
    await page.getByLabel('检索条文').fill('渣土');
    await page.getByLabel('检索条文').press('Enter');
    await page.getByText(/共找到 \d+ 条/).waitFor();
    const marks = await page.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['渣土']));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-laws-search');

    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    const label = (await first.locator('td').nth(1).textContent())!.trim();
    await first.getByRole('link', { name: label }).click();
    await page.waitForURL(/\/console\/laws\/[a-z0-9-]+\?article=\d+/);
    const target = page.getByRole('region', { name: label });
    await target.waitFor();
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    await expect(target.isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-law-reader', { fullPage: false });
    await page.context().close();
  });

  it('an officer reads the rules register with overdue rules flagged, and cannot change it', async () => {
    const page = await signIn('zhifa');
    await page.getByRole('menuitem', { name: '制度文件' }).click();
    await page.getByRole('heading', { name: '制度文件' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const { items } = await apiGet<{ items: { title: string; overdue: boolean }[] }>(
      page,
      '/rules?pageSize=200',
    );
    const overdue = items.filter((r) => r.overdue);
    expect(await page.locator('tr.rule-overdue').count()).toBe(overdue.length);
    for (const r of overdue) await page.locator('tr.rule-overdue', { hasText: r.title }).waitFor();
    expect(await page.getByRole('button', { name: /登记制度/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-rules');
    await page.context().close();
  });
});
