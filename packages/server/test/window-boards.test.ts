import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/test-app.js';

// P-08: a printable board per service window — duties, sample application materials, progress query
// (link and QR to /progress), consultation and complaint channels — kept as data in the console.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const board = {
  code: 'B01',
  name: '测试受理窗口',
  post: '受理岗',
  location: '政务服务中心一楼 B01',
  hours: '工作日 9:00—17:00',
  duties: ['受理申请并一次性告知', '解答咨询'],
  matters: ['临时占用城市道路审批'],
  materials: [{ name: '申请书', required: true, sample: '申请人：<script>alert(1)</script>某公司' }],
  consultationPhone: '0513-12345678',
  consultationNote: '',
  complaints: [{ channel: '窗口投诉', contact: '0513-87654321' }],
  active: true,
  sort: 9,
};

describe('window boards (P-08)', () => {
  it('the portal lists the demo windows and each board shows every element, printable, without script', async () => {
    const windows = await t.deps.db
      .selectFrom('service_windows')
      .selectAll()
      .where('active', '=', true)
      .orderBy('sort')
      .execute();
    expect(windows.length).toBeGreaterThan(0);
    const list = await t.app.inject({ method: 'GET', url: '/windows' });
    expect(list.statusCode).toBe(200);
    for (const w of windows) expect(list.body).toContain(`/windows/${w.code}`);
    const w = windows[0]!;
    const res = await t.app.inject({ method: 'GET', url: `/windows/${w.code}` });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).not.toMatch(/<script/i);
    for (const heading of ['岗位职责', '申请材料及示范文本', '办理进度查询', '咨询服务', '投诉举报'])
      expect(html).toContain(heading);
    for (const d of w.duties) expect(html).toContain(d);
    for (const m of w.materials) expect(html).toContain(m.name);
    expect(html).toContain(w.consultation_phone);
    expect(html).toContain('href="/progress"');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="办理进度查询二维码"/);
    // The bureau's own complaint channels are on every board, besides the window's.
    expect(html).toContain('12319');
    const css = await t.app.inject({ method: 'GET', url: '/portal/publicity-reports.css' });
    expect(css.body).toContain('@page { size: A4');
  });

  it('the publicity officer adds a window (audited); its board appears; markup in its text shows as text', async () => {
    const gongshi = await t.as('gongshi');
    const res = await gongshi.post('/api/v1/windows', board);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ code: 'B01', version: 1 });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.operation)).toEqual(['window.created']);
    const page = await t.app.inject({ method: 'GET', url: '/windows/B01' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;某公司');
    expect(page.body).not.toMatch(/<script/i);

    const dup = await gongshi.post('/api/v1/windows', board);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('WINDOW_CODE_TAKEN');

    // Editing: the version guards against lost updates; deactivating takes the board off the portal.
    const stale = await gongshi.put(`/api/v1/windows/${created.id}`, { ...board, version: 0 + 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const off = await gongshi.put(`/api/v1/windows/${created.id}`, { ...board, active: false, version: 1 });
    expect(off.statusCode).toBe(200);
    expect(off.json().version).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: '/windows/B01' })).statusCode).toBe(404);
    const listed = (await gongshi.get('/api/v1/windows')).json().items;
    expect(listed.find((x: { code: string }) => x.code === 'B01').active).toBe(false);
  });

  it('rejects an invalid window and changes nothing; only the publicity officer edits windows', async () => {
    const gongshi = await t.as('gongshi');
    const before = await t.deps.db.selectFrom('service_windows').select('id').execute();
    const bad = await gongshi.post('/api/v1/windows', { ...board, code: 'B 02', duties: [] });
    expect(bad.statusCode).toBe(400);
    expect((await t.deps.db.selectFrom('service_windows').select('id').execute()).length).toBe(before.length);
    const zhifa = await t.as('zhifa');
    expect((await zhifa.post('/api/v1/windows', { ...board, code: 'B03' })).statusCode).toBe(403);
    expect((await zhifa.get('/api/v1/windows')).statusCode).toBe(200);
  });
});
