import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// Issue 6: an officer uploads body-camera footage to a seizure case — the connection drops once
// and the upload resumes — plays it in the browser (HTTP Range), and sees the custody trail; the evidence
// search and the devices page with a late upload flagged.
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

interface CaseRow {
  id: string;
  procedure: string;
  stage: string;
}

describe('evidence in the console', () => {
  it('uploads footage to a seizure case through a dropped connection, plays it, and shows the custody trail', async () => {
    const page = await signIn('zhifa');
    const api = page.context().request;
    const cases = (await (await api.get(`${server.url}/api/v1/cases?procedure=seizure&pageSize=100`)).json())
      .items as CaseRow[];
    const target = cases.find((c) => c.stage === 'proposal') ?? cases[0]!;
    // A real clip from the demo (another case's footage), so the browser has something it can decode.
    const clips = (await (await api.get(`${server.url}/api/v1/evidence?kind=video&pageSize=50`)).json())
      .items as {
      id: string;
      links: { caseId: string }[];
    }[];
    const source = clips.find((c) => !c.links.some((l) => l.caseId === target.id))!;
    const bytes = await (
      await api.get(`${server.url}/api/v1/evidence/${source.id}/content?download=1`)
    ).body();
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML (WebM)

    // The first chunk's connection is cut: the console asks where the server stands and resumes.
    let cut = 0;
    await page.route('**/api/v1/evidence/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH' && cut === 0) {
        cut++;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });

    await page.goto(`${server.url}/console/cases/${target.id}`);
    const panel = page.getByTestId('evidence-panel');
    await panel.waitFor();
    await panel.getByRole('button', { name: /上传证据/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('上传证据（支持断点续传）').waitFor();
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: '执法记录仪_现场查封.webm', mimeType: 'video/webm', buffer: bytes });
    await dialog.getByRole('button', { name: /开始上传/ }).click();
    await page.getByText('已上传：执法记录仪_现场查封.webm').waitFor({ timeout: 60_000 });
    expect(cut).toBe(1);
    await screenshot(page, 'console-evidence-panel');

    const row = panel
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: '执法记录仪_现场查封' })
      .first();
    await row.waitFor();
    await row.getByRole('button', { name: /播放/ }).click();
    const video = page.getByTestId('evidence-video');
    await video.waitFor();
    // The browser fetched it by Range and decoded it: it knows the duration and has a frame.
    await page.waitForFunction(
      () => {
        const v = document.querySelector('[data-testid=evidence-video]') as HTMLVideoElement | null;
        return v !== null && v.readyState >= 2 && v.duration > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    await screenshot(page, 'console-evidence-player', { fullPage: false });
    await page.keyboard.press('Escape');

    await row.getByRole('button', { name: /保管链/ }).click();
    const drawer = page.getByTestId('custody-drawer');
    await drawer.getByText('上传入库').waitFor();
    await drawer.getByText('播放').first().waitFor();
    await drawer.getByText('查看').first().waitFor();
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    await screenshot(page, 'console-evidence-custody', { fullPage: false });
  });

  it('searches evidence and shows the devices with holders and a late upload flagged', async () => {
    const page = await signIn('zhongdui');
    await page.getByRole('menuitem', { name: '证据检索' }).click();
    await page.getByRole('heading', { name: '证据检索' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'console-evidence-search');

    await page.getByRole('menuitem', { name: '执法记录设备' }).click();
    await page.getByRole('heading', { name: '执法记录设备' }).waitFor();
    const late = page.getByTestId('late-uploads');
    await late.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await late.getByText(/小时/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /登记设备/ }).waitFor();
    await screenshot(page, 'console-devices');
  });
});
