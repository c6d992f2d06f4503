import { creditCodeCheckChar } from '@sanxiang/core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './support/browser.js';
import { type RunningServer, startBuiltServer } from './support/server.js';

// Issue 6 item 9: footage is uploaded to a seizure on site and played; the stage is
// completed once the footage is linked; the case is closed and its file is sealed (SM3 / SHA-256); the sealed
// file and the footage's custody trail are found in the console. Then a cross-unit read is asked, approved and
// shows in the read log; and the portal publishes the on-site recording list.

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

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);

// ---- the API, for the steps this test is not about
interface Api {
  get(path: string): Promise<any>;
  post(path: string, body?: unknown): Promise<{ status: number; body: any }>;
}
async function apiAs(username: string): Promise<Api> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async get(path) {
      const res = await fetch(`${server.url}/api/v1${path}`, { headers: { cookie } });
      expect(res.status, path).toBe(200);
      return res.json();
    },
    async post(path, body) {
      const res = await fetch(`${server.url}/api/v1${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      return { status: res.status, body: await res.json() };
    },
  };
}
async function apiAct(api: Api, id: string, action: string, payload: object = {}, reason?: string) {
  const kase = await api.get(`/cases/${id}`);
  const res = await api.post(`/cases/${id}/actions/${action}`, {
    payload,
    version: kase.version,
    ...(reason ? { reason } : {}),
  });
  expect(res.status, `${action}: ${JSON.stringify(res.body).slice(0, 400)}`).toBe(200);
  return res.body;
}
async function apiIssue(api: Api, id: string, kinds: string[], input: object = {}) {
  for (const kind of kinds) {
    const d = await api.post(`/cases/${id}/documents`, { kind, input });
    expect(d.status, `${kind}: ${JSON.stringify(d.body).slice(0, 300)}`).toBe(201);
    const i = await api.post(`/cases/${id}/documents/${d.body.document.id}/issue`);
    expect(i.status, kind).toBe(200);
  }
}

// ---- the console
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/console/`);
  await page.waitForURL(/\/console\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('口令').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  return page;
}
const dialog = (page: Page) => page.locator('.ant-modal:visible');
const ok = (page: Page) => dialog(page).getByRole('button', { name: /确\s*定/ });
const check = (d: Locator, label: string) => d.getByLabel(label).check();
async function setDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
async function settled(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
}

describe('whole-process recording in the console', () => {
  it('uploads footage to a seizure, plays it, completes the stage, closes the case, finds the sealed file and the custody trail', {
    timeout: 300_000,
  }, async () => {
    const zhifaApi = await apiAs('zhifa');
    const juzhangApi = await apiAs('juzhang');
    const zhongduiApi = await apiAs('zhongdui');
    // zhifa leads the case (a field officer acts only on their own cases), with a second certified officer.
    const me = await zhifaApi.get('/auth/me');
    const people = (await zhifaApi.get('/people?unitId=rg-dd-1&certStatus=valid&pageSize=100')).items as {
      id: string;
      name: string;
    }[];
    const lead = people.find((p) => p.name === (me.user?.displayName ?? me.displayName))!;
    expect(lead, 'zhifa has a person record with a valid certificate').toBeTruthy();
    const assist = people.find((p) => p.id !== lead.id)!;
    const created = await zhifaApi.post('/cases', {
      source: 'patrol',
      procedure: 'seizure',
      matterCode: 'CG-QZ-002',
      summary: '责令停止建设后继续施工，拟查封施工机械',
      place: '如皋市如城街道福寿路8号',
      occurredOn: chinaToday(),
      discoveredOn: chinaToday(),
      unitId: 'rg-dd-1',
      officers: [
        { personId: lead.id, role: 'lead' },
        { personId: assist.id, role: 'assist' },
      ],
      parties: [
        {
          kind: 'organisation',
          name: '如皋市锦程房地产开发有限公司',
          creditCode: creditCode('91320682MA1XYW987'),
          legalRepresentative: '周某',
          address: '如皋市开发区兴源大道8号',
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const id = created.body.id as string;
    const caseNo = created.body.sourceNo as string;
    await apiIssue(zhifaApi, id, ['coercive-measure-approval'], { proposal: '建议查封施工机械' });
    const seizure = {
      items: [{ name: '挖掘机', quantity: '1台' }],
      place: '施工现场',
      notNecessities: true,
      notSealedElsewhere: true,
    };
    await apiAct(juzhangApi, id, 'approve-measure', { seizure }, '同意查封');
    await apiIssue(zhifaApi, id, ['on-site-record', 'seizure-decision', 'seizure-inventory'], {
      seizure: { measure: '查封', from: chinaToday(), to: chinaToday(), custody: '施工现场' },
      items: [{ name: '挖掘机', quantity: '1', unit: '台' }],
    });

    // Without footage the stage cannot be completed: the records card says so.
    const zhifa = await signIn('zhifa');
    await zhifa.goto(`${server.url}/console/cases/${id}`);
    const records = zhifa.getByTestId('case-records');
    await records.getByText('未关联全程音像记录').waitFor();

    // Upload a real clip (the demo's footage of another case, so the browser can decode it) and play it.
    const api = zhifa.context().request;
    const clips = (await (await api.get(`${server.url}/api/v1/evidence?kind=video&pageSize=50`)).json())
      .items as {
      id: string;
    }[];
    const bytes = await (
      await api.get(`${server.url}/api/v1/evidence/${clips[0]!.id}/content?download=1`)
    ).body();
    const panel = zhifa.getByTestId('evidence-panel');
    await panel.getByRole('button', { name: /上传证据/ }).click();
    const up = zhifa.getByRole('dialog');
    await up.getByText('上传证据（支持断点续传）').waitFor();
    await up
      .locator('input[type=file]')
      .setInputFiles({ name: '执法记录仪_现场查封全程.webm', mimeType: 'video/webm', buffer: bytes });
    await up.getByRole('button', { name: /开始上传/ }).click();
    await zhifa.getByText('已上传：执法记录仪_现场查封全程.webm').waitFor({ timeout: 60_000 });
    const row = panel
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: '执法记录仪_现场查封全程' })
      .first();
    await row.getByRole('button', { name: /播放/ }).click();
    await zhifa.getByTestId('evidence-video').waitFor();
    await zhifa.waitForFunction(
      () => {
        const v = document.querySelector('[data-testid=evidence-video]') as HTMLVideoElement | null;
        return v !== null && v.readyState >= 2 && v.duration > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    await zhifa.keyboard.press('Escape');

    // The footage is linked: the stage is completed through the act's form.
    await zhifa.reload();
    await zhifa.getByTestId('case-records').getByText('已关联全程音像记录').waitFor();
    await screenshot(zhifa, 'console-recording-card');
    await zhifa
      .getByTestId('case-actions')
      .getByRole('button', { name: '交付决定书和清单', exact: true })
      .click();
    const d = dialog(zhifa);
    await d.waitFor();
    await check(d, '已向当事人出示执法证件');
    await setDate(d, '查封扣押日期', chinaToday());
    await setDate(d, '决定书和清单交付日期', chinaToday());
    await check(d, '已当场告知理由、依据和当事人依法享有的权利、救济途径');
    await check(d, '现场笔录已由当事人签名，或已注明拒绝签名');
    await ok(zhifa).click();
    const refusal = d.getByTestId('action-refusal');
    await Promise.race([d.waitFor({ state: 'hidden' }), refusal.waitFor()]);
    if (await refusal.isVisible()) {
      await screenshot(zhifa, 'debug-recording-refusal', { fullPage: false });
      throw new Error(`complete-seizure refused: ${await refusal.textContent()}`);
    }
    await expect
      .poll(async () => (await zhifa.getByTestId('case-stage').textContent())?.trim())
      .toBe('查封扣押期间');

    // Closed: decided in time, released, returned (the rest of the procedure through the API).
    await apiAct(zhongduiApi, id, 'decide-disposal');
    await apiAct(zhongduiApi, id, 'release');
    await apiIssue(zhifaApi, id, ['seizure-release-decision', 'service-receipt']);
    const closed = await apiAct(zhifaApi, id, 'return-property');
    expect(closed.stage).toBe('closed');

    // The sealed file: its state, digests, contents with the footage, and its own trail.
    await zhifa.goto(`${server.url}/console/cases/${id}`);
    await zhifa
      .getByTestId('case-records')
      .getByRole('link', { name: /电子案卷/ })
      .click();
    const state = zhifa.getByTestId('case-file-state');
    await state.getByText('已封存').waitFor();
    await state.getByText('SHA-256').waitFor();
    const file = await zhifaApi.get(`/cases/${id}/case-file`);
    expect(file.current.version).toBe(1);
    expect(
      file.manifest.some(
        (e: { title: string }) =>
          e.title.includes('执法记录仪_现场查封全程') || e.title.includes('执法记录仪'),
      ),
    ).toBe(true);
    await zhifa.getByText(file.current.sha256).first().waitFor();
    await zhifa.getByTestId('case-file-trail').getByText('电子案卷封存').waitFor();
    await settled(zhifa);
    expect(await seriousViolations(zhifa)).toEqual([]);
    await screenshot(zhifa, 'console-case-file');
    // The PDF served is the one sealed.
    const pdf = await api.get(`${server.url}/api/v1/cases/${id}/case-file/versions/1/pdf`);
    expect(pdf.headers()['x-content-sha256']).toBe(file.current.sha256);

    // The footage's chain of custody: uploaded, linked, played, and exported with the case file.
    await zhifa.goto(`${server.url}/console/cases/${id}`);
    const row2 = zhifa
      .getByTestId('evidence-panel')
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: '执法记录仪_现场查封全程' })
      .first();
    await row2.getByRole('button', { name: /保管链/ }).click();
    const drawer = zhifa.getByTestId('custody-drawer');
    await drawer.getByText('上传入库').waitFor();
    await drawer.getByText('播放').first().waitFor();
    await settled(zhifa);
    await screenshot(zhifa, 'console-case-file-custody', { fullPage: false });

    // R-08: 长江镇 asks to read the case; 一中队's leader approves; the read shows in the read log.
    const changjiang = await signIn('changjiang');
    await changjiang.goto(`${server.url}/console/cases/${id}`);
    await changjiang.getByRole('menuitem', { name: '跨单位调阅' }).click();
    await changjiang.getByRole('heading', { name: '跨单位调阅' }).waitFor();
    await changjiang.getByRole('button', { name: /申请调阅/ }).click();
    const ask = dialog(changjiang);
    await ask.getByLabel('案件编号').fill(caseNo);
    await ask.getByLabel('调阅理由').fill('本镇同一当事人违法建设案需比对前案查封情况');
    await ask.getByLabel('调阅时限（小时）').fill('24');
    await ask.getByRole('button', { name: /申请调阅/ }).click();
    await ask.waitFor({ state: 'hidden' });
    await changjiang
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: caseNo })
      .getByText('待审批')
      .waitFor();
    await settled(changjiang);
    expect(await seriousViolations(changjiang)).toEqual([]);
    await screenshot(changjiang, 'console-case-access-mine');

    const zhongdui = await signIn('zhongdui');
    await zhongdui.goto(`${server.url}/console/case-access?box=decide`);
    const pending = zhongdui.locator('.ant-table-tbody tr.ant-table-row', { hasText: caseNo });
    await pending.getByRole('button', { name: /审\s*批/ }).click();
    const dec = dialog(zhongdui);
    await dec.getByLabel('审批意见').fill('同意调阅，限一日');
    await settled(zhongdui);
    await screenshot(zhongdui, 'console-case-access-decide', { fullPage: false });
    await dec.getByRole('button', { name: /审\s*批/ }).click();
    await dec.waitFor({ state: 'hidden' });

    await changjiang.goto(`${server.url}/console/case-access`);
    const mine = changjiang.locator('.ant-table-tbody tr.ant-table-row', { hasText: caseNo });
    await mine.getByText('有效').waitFor();
    await mine.getByRole('link', { name: caseNo }).click();
    await changjiang.getByTestId('case-stage').waitFor();

    const jiandu = await signIn('jiandu');
    await jiandu.getByRole('menuitem', { name: '调阅记录' }).click();
    await jiandu.getByRole('heading', { name: '调阅记录' }).waitFor();
    // The filter lives in the address (shareable); the box shows checked once the address has changed.
    await jiandu.getByLabel('仅看跨单位调阅').click();
    await expect.poll(() => jiandu.getByLabel('仅看跨单位调阅').isChecked()).toBe(true);
    await jiandu
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: caseNo })
      .first()
      .getByText('跨单位授权')
      .waitFor();
    await settled(jiandu);
    expect(await seriousViolations(jiandu)).toEqual([]);
    await screenshot(jiandu, 'console-read-log');
  });

  it('publishes the on-site recording list on the portal, axe-clean in standard and high-contrast mode', async () => {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await page.goto(`${server.url}/recording`);
    await page.getByRole('heading', { name: '音像记录事项清单', level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: '现场查封、扣押' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-recording');
    await page.goto(`${server.url}/display?mode=contrast&back=/recording`);
    await page.getByRole('heading', { name: '音像记录事项清单', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-recording-contrast');
  });
});
