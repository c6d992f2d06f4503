import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdf, postMultipart, sampleInspection, sampleMatter, V1 } from './catalog-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// P-03/P-04: a list changes only as a new version, draft → submitted → approved → filed, and the newest
// filed version is the one the portal shows.

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const events = (operation: string) =>
  t.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('operation', '=', operation)
    .orderBy('seq', 'asc')
    .execute();

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('the matters list, from draft to the portal', () => {
  it('drafts, edits, submits, is returned, approved by the head, filed with a receipt, and becomes current', async () => {
    const fagui = await t.as('fagui');
    const juzhang = await t.as('juzhang');
    const M = `${V1}/catalogs/matters/versions`;

    // The demo has a draft open (version 3): a second one is refused.
    const second = await fagui.post(M, { title: '另一个草稿' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CATALOG_DRAFT_EXISTS');

    const draft = (await fagui.get(`${M}/demo-matters-v3`)).json();
    expect(draft).toMatchObject({ versionNo: 3, status: 'draft', isCurrent: false, filing: null });
    const before = draft.itemCount;

    // Add, refuse a duplicate code, replace, remove.
    const added = await fagui.post(`${M}/demo-matters-v3/items`, sampleMatter());
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ code: 'CG-CF-901', responsibleUnitId: 'rg-dd-2' });
    expect((await fagui.post(`${M}/demo-matters-v3/items`, sampleMatter())).json().code).toBe(
      'CATALOG_CODE_TAKEN',
    );
    const changedTier = { ...sampleMatter().discretion[0]!, fineMax: 800 };
    const replaced = await fagui.put(
      `${M}/demo-matters-v3/items/CG-CF-901`,
      sampleMatter({ discretion: [changedTier], hearingApplicable: true }),
    );
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().discretion[0].fineMax).toBe(800);
    const [update] = await events('catalog.item-updated');
    expect(update!.target_id).toBe('demo-matters-v3/CG-CF-901');
    expect(update!.actor_username).toBe('fagui');
    expect(Object.keys(update!.changes!).sort()).toEqual(['discretion', 'hearingApplicable']);
    expect(update!.changes!.hearingApplicable).toEqual({ before: false, after: true });
    expect(update!.changes!.discretion).toMatchObject({
      before: [{ fineMax: 500 }],
      after: [{ fineMax: 800 }],
    });
    const removed = await fagui.request('DELETE', `${M}/demo-matters-v3/items/CG-CF-054`);
    expect(removed.statusCode).toBe(204);
    const [removal] = await events('catalog.item-removed');
    expect(removal!.changes!.name).toMatchObject({
      before: expect.stringContaining('古树名木'),
      after: null,
    });
    expect((await fagui.get(`${M}/demo-matters-v3`)).json().itemCount).toBe(before);

    // Submitted: frozen. The head returns it with a reason; it is fixed and submitted again.
    const submitted = await fagui.post(`${M}/demo-matters-v3/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    const late = await fagui.post(`${M}/demo-matters-v3/items`, sampleMatter({ code: 'CG-CF-902' }));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('CATALOG_VERSION_LOCKED');
    const returned = await juzhang.post(`${M}/demo-matters-v3/return`, {
      reason: '请补充古树名木事项的裁量基准',
    });
    expect(returned.json()).toMatchObject({ status: 'draft', returnReason: '请补充古树名木事项的裁量基准' });
    const again = await fagui.post(`${M}/demo-matters-v3/submit`);
    expect(again.json()).toMatchObject({ status: 'submitted', returnReason: null });

    // Only the head approves; the approval names the approver.
    expect((await fagui.post(`${M}/demo-matters-v3/approve`, {})).json().code).toBe('FORBIDDEN');
    const approved = await juzhang.post(`${M}/demo-matters-v3/approve`, { comment: '同意报送备案' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      approvedBy: { username: 'juzhang' },
      approvedAt: expect.any(String),
    });
    const [approval] = await events('catalog.version-approved');
    expect(approval!.reason).toBe('同意报送备案');

    // Filing: number, date and the receipt itself; the version becomes the current one.
    const receipt = pdf('皋司备〔2026〕31号');
    const filed = await postMultipart(
      t,
      'gongshi',
      `${M}/demo-matters-v3/file`,
      { filingNumber: '皋司备〔2026〕31号', filingDate: today() },
      receipt,
    );
    expect(filed.statusCode, filed.body).toBe(200);
    const sha256 = createHash('sha256').update(receipt.data).digest('hex');
    expect(filed.json()).toMatchObject({
      status: 'filed',
      isCurrent: true,
      filing: {
        number: '皋司备〔2026〕31号',
        date: today(),
        documentName: '备案回执.pdf',
        documentSha256: sha256,
      },
    });
    const [filing] = await events('catalog.version-filed');
    expect(filing!.actor_username).toBe('gongshi');
    expect(filing!.changes!.filingDocument!.after).toMatchObject({ sha256, size: receipt.data.length });

    const doc = await fagui.get(`${M}/demo-matters-v3/filing-document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(doc.headers['content-disposition']).toContain(encodeURIComponent('备案回执.pdf'));
    expect(doc.rawPayload.equals(receipt.data)).toBe(true);

    const list = (await fagui.get(M)).json();
    expect(list.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([3, 2, 1]);
    expect(list.items.map((v: { isCurrent: boolean }) => v.isCurrent)).toEqual([true, false, false]);

    // The portal shows version 3 now, with the article texts of the new matter's bases.
    const anon = t.client();
    const pub = (await anon.get(`${V1}/public/matters?q=摆摊设点`)).json();
    expect(pub.version).toMatchObject({ versionNo: 3, filingNumber: '皋司备〔2026〕31号' });
    expect(pub.items.map((m: { code: string }) => m.code)).toEqual(['CG-CF-901']);
    const detail = (await anon.get(`${V1}/public/matters/CG-CF-901`)).json();
    expect(detail.bases[0]).toMatchObject({
      lawId: 'urban-road-regulation-2019',
      article: 27,
      lawTitle: '城市道路管理条例',
      text: expect.stringContaining('城市道路范围内禁止下列行为'),
    });
    expect(detail.responsibleUnitName).toBe('二中队');
    expect((await anon.get(`${V1}/public/matters/CG-CF-054`)).statusCode).toBe(404);
    const history = (await anon.get(`${V1}/public/catalogs/matters/history`)).json();
    expect(
      history.items.map((h: { versionNo: number; filingNumber: string }) => [h.versionNo, h.filingNumber]),
    ).toEqual([
      [3, '皋司备〔2026〕31号'],
      [2, '皋司备〔2026〕7号'],
      [1, '皋司备〔2025〕12号'],
    ]);

    // The next draft starts as a copy of the new current version.
    const v4 = await fagui.post(M, { title: '2027年版', note: '年度调整' });
    expect(v4.statusCode).toBe(201);
    expect(v4.json()).toMatchObject({ versionNo: 4, status: 'draft', itemCount: before, note: '年度调整' });
    const [created] = (await events('catalog.version-created')).slice(-1);
    expect(created!.changes!.basedOn!.after).toMatchObject({ id: 'demo-matters-v3', versionNo: 3 });
  });

  it('the person who created a version cannot approve it, even holding the head role', async () => {
    await t.deps.db.insertInto('user_roles').values({ user_id: 'u-fagui', role: 'bureau_head' }).execute();
    const fagui = await t.as('fagui');
    const M = `${V1}/catalogs/matters/versions/demo-matters-v3`;
    expect((await fagui.post(`${M}/submit`)).statusCode).toBe(200);
    const self = await fagui.post(`${M}/approve`, {});
    expect(self.statusCode).toBe(422);
    expect(self.json().code).toBe('CATALOG_SELF_APPROVAL');
    expect((await fagui.get(M)).json().status).toBe('submitted');
  });

  it('an empty draft cannot be submitted, and a version must be approved before it is filed', async () => {
    const gongshi = await t.as('gongshi');
    const I = `${V1}/catalogs/inspections/versions`;
    const draft = (await gongshi.post(I, { title: '2026年版' })).json();
    expect(draft.itemCount).toBe(11);
    const items = (await gongshi.get(`${I}/${draft.id}/items?pageSize=100`)).json().items;
    for (const item of items) await gongshi.request('DELETE', `${I}/${draft.id}/items/${item.code}`);
    const empty = await gongshi.post(`${I}/${draft.id}/submit`);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('CATALOG_EMPTY');
    const early = await postMultipart(
      t,
      'gongshi',
      `${I}/${draft.id}/file`,
      { filingNumber: 'X', filingDate: today() },
      pdf(),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CATALOG_STATUS_CONFLICT');
  });
});

describe('the random-inspection list (P-04)', () => {
  it('a new version copies the current items, takes an edit, and reaches the portal when filed', async () => {
    const gongshi = await t.as('gongshi');
    const juzhang = await t.as('juzhang');
    const I = `${V1}/catalogs/inspections/versions`;
    const created = await gongshi.post(I, { title: '如皋市城市管理局随机抽查事项清单（2026年版）' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ kind: 'inspections', versionNo: 2, status: 'draft', itemCount: 11 });
    expect(draft.createdBy).toMatchObject({ username: 'gongshi' });

    const added = await gongshi.post(`${I}/${draft.id}/items`, sampleInspection());
    expect(added.statusCode).toBe(201);
    expect(added.json().ratio).toBe(12.5);
    const old = (await gongshi.get(`${I}/${draft.id}/items?q=油烟`)).json();
    expect(old.items.map((i: { code: string }) => i.code)).toEqual(['SJ-003']);
    const raised = await gongshi.put(`${I}/${draft.id}/items/SJ-003`, { ...old.items[0], ratio: 8 });
    expect(raised.json().ratio).toBe(8);

    expect((await gongshi.post(`${I}/${draft.id}/submit`)).statusCode).toBe(200);
    expect((await juzhang.post(`${I}/${draft.id}/approve`, {})).statusCode).toBe(200);
    const filed = await postMultipart(
      t,
      'fagui',
      `${I}/${draft.id}/file`,
      { filingDate: today(), filingNumber: '皋司备〔2026〕32号' },
      { name: '回执.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
    );
    expect(filed.statusCode, filed.body).toBe(200);

    const pub = (await t.client().get(`${V1}/public/inspections?pageSize=100`)).json();
    expect(pub.version).toMatchObject({ versionNo: 2, filingNumber: '皋司备〔2026〕32号' });
    expect(pub.total).toBe(12);
    expect(pub.items.find((i: { code: string }) => i.code === 'SJ-003').ratio).toBe(8);
    expect(pub.items.find((i: { code: string }) => i.code === 'SJ-901')).toMatchObject({
      object: '临时占用城市道路的单位（测试）',
      bases: [{ lawId: 'urban-road-regulation-2019', article: 31 }],
    });
  });
});

describe('one open version per kind', () => {
  it('two people opening a draft at the same moment: one gets it, the other a 409', async () => {
    const [fagui, gongshi] = [await t.as('fagui'), await t.as('gongshi')];
    const url = `${V1}/catalogs/inspections/versions`;
    const results = await Promise.all([fagui.post(url, { title: '甲' }), gongshi.post(url, { title: '乙' })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('CATALOG_DRAFT_EXISTS');
    const versions = (await fagui.get(url)).json();
    expect(versions.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
  });
});

describe('comparing versions', () => {
  it('shows what version 2 added, removed and changed against version 1', async () => {
    const zhifa = await t.as('zhifa');
    const res = await zhifa.get(`${V1}/catalogs/matters/diff?from=demo-matters-v1&to=demo-matters-v2`);
    expect(res.statusCode).toBe(200);
    const { added, removed, changed } = res.json();
    expect(added.map((i: { code: string }) => i.code).sort()).toEqual([
      'CG-CF-043',
      'CG-CF-044',
      'CG-CF-049',
      'CG-JC-004',
    ]);
    expect(removed.map((i: { code: string }) => i.code)).toEqual(['CG-CF-012']);
    expect(changed.map((c: { code: string }) => c.code).sort()).toEqual(['CG-CF-019', 'CG-CF-035']);
    const bbq = changed.find((c: { code: string }) => c.code === 'CG-CF-035');
    expect(bbq.name).toContain('露天烧烤');
    expect(Object.keys(bbq.fields)).toEqual(['discretion']);
    expect(bbq.fields.discretion.before[1].fineMax).toBe(5000);
    expect(bbq.fields.discretion.after[1].fineMax).toBe(8000);

    // And the draft in progress against the current version.
    const draft = (
      await zhifa.get(`${V1}/catalogs/matters/diff?from=demo-matters-v2&to=demo-matters-v3`)
    ).json();
    expect(draft.added.map((i: { code: string }) => i.code)).toEqual(['CG-CF-054']);
    expect(draft.changed.map((c: { code: string }) => c.code)).toEqual(['CG-CF-030']);

    const other = await zhifa.get(`${V1}/catalogs/matters/diff?from=demo-matters-v1&to=demo-inspections-v1`);
    expect(other.statusCode).toBe(404);
  });
});
