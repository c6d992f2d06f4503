import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterItem } from '../src/catalog/schemas.js';
import { getArticles } from '../src/laws/assert-legal-bases.js';
import { sampleMatter, V1 } from './catalog-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Who may do what with the catalogues, what the public sees, and the demo data itself. Nothing here
// changes state except refused attempts, so the file shares one database.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const M = `${V1}/catalogs/matters/versions`;

describe('permissions', () => {
  it('officers and the supervision centre read but never write; the head approves but does not edit', async () => {
    const zhifa = await t.as('zhifa');
    const jiandu = await t.as('jiandu');
    const juzhang = await t.as('juzhang');
    for (const c of [zhifa, jiandu, juzhang]) {
      expect((await c.get(M)).statusCode).toBe(200);
      expect((await c.get(`${M}/demo-matters-v2/items`)).statusCode).toBe(200);
      expect((await c.get(`${M}/demo-matters-v2/filing-document`)).statusCode).toBe(200);
    }
    for (const c of [zhifa, jiandu, juzhang]) {
      for (const res of [
        await c.post(M, { title: '越权' }),
        await c.post(`${M}/demo-matters-v3/items`, sampleMatter()),
        await c.put(`${M}/demo-matters-v3/items/CG-CF-054`, sampleMatter({ code: 'CG-CF-054' })),
        await c.request('DELETE', `${M}/demo-matters-v3/items/CG-CF-054`),
        await c.post(`${M}/demo-matters-v3/submit`),
        await c.post(`${M}/demo-matters-v3/file`, {}),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(['FORBIDDEN', 'READ_ONLY_ROLE']).toContain(res.json().code);
      }
    }
    for (const c of [zhifa, jiandu]) {
      expect((await c.post(`${M}/demo-matters-v3/approve`, {})).statusCode).toBe(403);
      expect((await c.post(`${M}/demo-matters-v3/return`, { reason: '不同意' })).statusCode).toBe(403);
    }
    // The head reaches the approval step (it refuses only because the draft is not submitted).
    expect((await juzhang.post(`${M}/demo-matters-v3/approve`, {})).json().code).toBe(
      'CATALOG_STATUS_CONFLICT',
    );
    const v3 = (await zhifa.get(`${M}/demo-matters-v3`)).json();
    expect(v3).toMatchObject({ status: 'draft', itemCount: 59 });
  });

  it('staff routes need a sign-in; public routes do not', async () => {
    const anon = t.client();
    expect((await anon.get(M)).statusCode).toBe(401);
    expect((await anon.get(`${M}/demo-matters-v2/filing-document`)).statusCode).toBe(401);
    expect(
      (await anon.get(`${V1}/catalogs/matters/diff?from=demo-matters-v1&to=demo-matters-v2`)).statusCode,
    ).toBe(401);
    for (const url of [
      '/public/matters',
      '/public/matters/CG-CF-001',
      '/public/inspections',
      '/public/catalogs/matters/history',
      '/public/catalogs/inspections/history',
    ]) {
      expect((await anon.get(`${V1}${url}`)).statusCode, url).toBe(200);
    }
  });
});

describe('the public face shows the current filed version only', () => {
  it('lists version 2, never the draft', async () => {
    const anon = t.client();
    const list = (await anon.get(`${V1}/public/matters?pageSize=200`)).json();
    expect(list.version).toEqual({
      versionNo: 2,
      title: '如皋市城市管理局行政执法事项清单（2026年版）',
      filingNumber: '皋司备〔2026〕7号',
      filingDate: '2026-03-20',
    });
    expect(list.total).toBe(58);
    const codes = list.items.map((m: { code: string }) => m.code);
    expect(codes).not.toContain('CG-CF-054'); // only in the draft
    expect(codes).not.toContain('CG-CF-012'); // removed in version 2
    expect(codes).toContain('CG-CF-043');
    expect((await anon.get(`${V1}/public/matters/CG-CF-054`)).statusCode).toBe(404);
    expect((await anon.get(`${V1}/public/matters?q=古树名木`)).json().total).toBe(0);
    // The draft's reworded muck-truck tier is not public either.
    const truck = (await anon.get(`${V1}/public/matters/CG-CF-030`)).json();
    expect(JSON.stringify(truck.discretion)).not.toContain('未按规定路线行驶');

    const history = (await anon.get(`${V1}/public/catalogs/matters/history`)).json();
    expect(history.items).toEqual([
      {
        versionNo: 2,
        title: '如皋市城市管理局行政执法事项清单（2026年版）',
        filingNumber: '皋司备〔2026〕7号',
        filingDate: '2026-03-20',
        itemCount: 58,
      },
      {
        versionNo: 1,
        title: '如皋市城市管理局行政执法事项清单（2025年版）',
        filingNumber: '皋司备〔2025〕12号',
        filingDate: '2025-04-18',
        itemCount: 55,
      },
    ]);
  });

  it('searches by code, name substring and several words, and filters by category', async () => {
    const anon = t.client();
    const q = async (query: string) =>
      (await anon.get(`${V1}/public/matters?pageSize=200&${query}`))
        .json()
        .items.map((m: { code: string }) => m.code);
    expect(await q('q=CG-CF-03')).toEqual([
      'CG-CF-030',
      'CG-CF-031',
      'CG-CF-032',
      'CG-CF-033',
      'CG-CF-034',
      'CG-CF-035',
      'CG-CF-036',
      'CG-CF-037',
      'CG-CF-038',
      'CG-CF-039',
    ]);
    expect(await q(`q=${encodeURIComponent('露天烧烤')}`)).toEqual(['CG-CF-035']);
    expect(await q(`q=${encodeURIComponent('城市道路 挖掘')}`)).toEqual([
      'CG-CF-020',
      'CG-CF-024',
      'CG-CF-025',
    ]);
    expect(await q(`category=${encodeURIComponent('行政强制')}`)).toEqual(['CG-QZ-001', 'CG-QZ-002']);
    const page = (await anon.get(`${V1}/public/matters?page=2&pageSize=10`)).json();
    expect(page).toMatchObject({ page: 2, pageSize: 10, total: 58 });
    expect(page.items).toHaveLength(10);
  });

  it('a matter shows the text of each article it cites', async () => {
    const res = await t.client().get(`${V1}/public/matters/CG-CF-034`);
    const matter = res.json();
    expect(matter).toMatchObject({
      name: expect.stringContaining('油烟'),
      hearingApplicable: true,
      responsibleUnitName: '三中队',
      version: { versionNo: 2 },
    });
    expect(matter.bases).toEqual([
      expect.objectContaining({
        lawId: 'air-pollution-law-2018',
        article: 81,
        role: 'violation',
        lawTitle: '中华人民共和国大气污染防治法',
        label: '第八十一条',
        text: expect.stringContaining('排放油烟的餐饮服务业经营者应当安装油烟净化设施'),
      }),
      expect.objectContaining({
        article: 118,
        role: 'penalty',
        text: expect.stringContaining('处五千元以上五万元以下的罚款'),
      }),
    ]);
  });
});

describe('the demo catalogues', () => {
  it('hold at least 40 real matters whose every basis names an existing article, with sound tiers', async () => {
    const rows = await t.deps.db.selectFrom('matter_items').selectAll().execute();
    const byVersion = new Map<string, number>();
    for (const r of rows) byVersion.set(r.version_id, (byVersion.get(r.version_id) ?? 0) + 1);
    expect(byVersion.get('demo-matters-v1')).toBeGreaterThanOrEqual(40);
    expect(byVersion.get('demo-matters-v2')).toBeGreaterThanOrEqual(40);

    const staff = await t.as('zhifa');
    for (const id of ['demo-matters-v1', 'demo-matters-v2', 'demo-matters-v3']) {
      const { items } = (await staff.get(`${M}/${id}/items?pageSize=200`)).json();
      for (const item of items) {
        // The same schema the API applies on the way in.
        expect(matterItem.safeParse(item).success, item.code).toBe(true);
        const refs = item.bases.map((b: { lawId: string; article: number }) => ({
          lawId: b.lawId,
          article: b.article,
        }));
        const found = await getArticles(t.deps.db, refs);
        expect(found.length, `${id} ${item.code}`).toBe(
          new Set(refs.map((r: object) => JSON.stringify(r))).size,
        );
        if (item.category === '行政处罚') {
          expect(
            item.bases.some((b: { role: string }) => b.role === 'violation'),
            item.code,
          ).toBe(true);
          expect(
            item.bases.some((b: { role: string }) => b.role === 'penalty'),
            item.code,
          ).toBe(true);
          expect(item.discretion.length, item.code).toBeGreaterThan(0);
        }
        for (const tier of item.discretion)
          if (tier.fineMin !== null && tier.fineMax !== null)
            expect(tier.fineMin).toBeLessThanOrEqual(tier.fineMax);
      }
    }
    const inspections = (await staff.get(`${V1}/public/inspections`)).json();
    expect(inspections.total).toBeGreaterThanOrEqual(10);
    expect(inspections.version.filingNumber).toBe('皋司备〔2025〕13号');
  });

  it('keeps fines inside the statute where the statute sets a range', async () => {
    // Spot checks against the articles' own figures.
    const staff = await t.as('zhifa');
    const { items } = (await staff.get(`${M}/demo-matters-v2/items?pageSize=200`)).json();
    const byCode = new Map(items.map((m: { code: string }) => [m.code, m]));
    const range = (code: string, party?: string) => {
      const tiers = (
        byCode.get(code) as {
          discretion: { partyType: string; fineMin: number | null; fineMax: number | null }[];
        }
      ).discretion.filter((x) => x.fineMin !== null && (!party || x.partyType === party));
      return [Math.min(...tiers.map((x) => x.fineMin!)), Math.max(...tiers.map((x) => x.fineMax!))];
    };
    expect(range('CG-CF-030')).toEqual([2000, 20000]); // 大气法 116
    expect(range('CG-CF-034')).toEqual([5000, 50000]); // 大气法 118 ①
    expect(range('CG-CF-035')).toEqual([500, 20000]); // 大气法 118 ③
    expect(range('CG-CF-039', 'person')).toEqual([100, 500]); // 固废法 111 个人
    expect(range('CG-CF-039', 'organisation')).toEqual([50000, 500000]); // 固废法 111 单位
    expect(range('CG-CF-040')).toEqual([100000, 1000000]);
    expect(range('CG-CF-045')).toEqual([10000, 100000]); // 噪声法 77
    expect(range('CG-CF-048', 'person')).toEqual([200, 1000]); // 噪声法 82
    expect(range('CG-CF-048', 'organisation')).toEqual([2000, 20000]);
    expect(range('CG-CF-019')[1]).toBeLessThanOrEqual(20000); // 城市道路管理条例 42
    expect(range('CG-CF-029')[1]).toBeLessThanOrEqual(10000); // 无证无照经营查处办法 13
  });

  it('were loaded once, with a receipt named as a demo', async () => {
    const meta = await t.deps.db
      .selectFrom('meta')
      .select('key')
      .where('key', '=', 'demo_catalog_seeded_at')
      .execute();
    expect(meta).toHaveLength(1);
    const doc = await (await t.as('zhifa')).get(`${M}/demo-matters-v1/filing-document`);
    expect(doc.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(doc.headers['content-disposition']).toContain(encodeURIComponent('备案回执（演示）.txt'));
    expect(doc.body).toContain('皋司备〔2025〕12号');
    expect(doc.body).toContain('不是真实的备案回执');
    const { seedCatalogDemo } = await import('../src/demo/seed-catalog.js');
    const { systemContext } = await import('../src/context.js');
    expect(await seedCatalogDemo(t.deps.db, systemContext('test'))).toBe(false);
  });
});
