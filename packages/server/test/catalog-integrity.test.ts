import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdf, postMultipart, sampleInspection, sampleMatter, V1 } from './catalog-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';
import { backends, testDatabase } from './support/test-database.js';

// A filed catalogue is a record: neither the API nor a direct write to the database can change it. And
// nothing reaches a draft that cites an article the law library does not have.

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const V2 = `${V1}/catalogs/matters/versions/demo-matters-v2`;
const V3 = `${V1}/catalogs/matters/versions/demo-matters-v3`;

describe('a filed version never changes', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('the API refuses every edit and every second transition with 409', async () => {
    const fagui = await t.as('fagui');
    const juzhang = await t.as('juzhang');
    const attempts = [
      await fagui.post(`${V2}/items`, sampleMatter()),
      await fagui.put(`${V2}/items/CG-CF-001`, sampleMatter({ code: 'CG-CF-001' })),
      await fagui.request('DELETE', `${V2}/items/CG-CF-001`),
      await fagui.post(`${V2}/submit`),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('CATALOG_VERSION_LOCKED');
    }
    for (const res of [
      await juzhang.post(`${V2}/approve`, {}),
      await juzhang.post(`${V2}/return`, { reason: '重新修改' }),
      await postMultipart(
        t,
        'fagui',
        `${V2}/file`,
        { filingNumber: '皋司备〔2026〕99号', filingDate: '2026-04-01' },
        pdf(),
      ),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('CATALOG_STATUS_CONFLICT');
    }
    const unchanged = await fagui.get(`${V2}/items?q=CG-CF-001`);
    expect(unchanged.json().items[0].name).toBe('对未取得建设工程规划许可证进行建设的行政处罚');
  });

  it('a filing number names one filing only', async () => {
    const fagui = await t.as('fagui');
    const juzhang = await t.as('juzhang');
    await fagui.post(`${V3}/submit`);
    await juzhang.post(`${V3}/approve`, {});
    const res = await postMultipart(
      t,
      'fagui',
      `${V3}/file`,
      { filingNumber: '皋司备〔2026〕7号', filingDate: today() },
      pdf(),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CATALOG_FILING_NUMBER_TAKEN');
    expect((await fagui.get(V3)).json().status).toBe('approved');
  });
});

describe('the database refuses changes to versions that left draft (trigger, every backend)', () => {
  for (const backend of backends()) {
    it(`${backend}: UPDATE, DELETE and INSERT on a filed version's items fail; a draft's succeed`, async () => {
      const database = await testDatabase(backend);
      const db = database.db;
      try {
        await expect(
          sql`update matter_items set name = '篡改' where version_id = 'demo-matters-v2' and code = 'CG-CF-001'`.execute(
            db,
          ),
        ).rejects.toThrow(/cannot change/);
        await expect(
          sql`delete from inspection_items where version_id = 'demo-inspections-v1'`.execute(db),
        ).rejects.toThrow(/cannot change/);
        await expect(
          sql`insert into matter_items select 'demo-matters-v1', code || '-X', name, category, acting_body, duties,
                authority, bases, penalty_kinds, discretion, hearing_applicable, procedure, remedies,
                responsible_unit_id, guide
              from matter_items where version_id = 'demo-matters-v3' and code = 'CG-CF-054'`.execute(db),
        ).rejects.toThrow(/cannot change/);
        // Moving a draft's item into a filed version is an insert into that version, and refused too.
        await expect(
          sql`update matter_items set version_id = 'demo-matters-v2' where version_id = 'demo-matters-v3' and code = 'CG-CF-054'`.execute(
            db,
          ),
        ).rejects.toThrow(/cannot change/);
        // The version row itself: a filed one is frozen and cannot be deleted.
        await expect(
          sql`update catalog_versions set filing_number = '伪造' where id = 'demo-matters-v1'`.execute(db),
        ).rejects.toThrow(/cannot change/);
        await expect(
          sql`delete from catalog_versions where id = 'demo-matters-v1'`.execute(db),
        ).rejects.toThrow(/cannot be deleted/);
        const name = await db
          .selectFrom('matter_items')
          .select('name')
          .where('version_id', '=', 'demo-matters-v2')
          .where('code', '=', 'CG-CF-001')
          .executeTakeFirstOrThrow();
        expect(name.name).toBe('对未取得建设工程规划许可证进行建设的行政处罚');

        // A draft's items do change.
        await sql`update matter_items set name = name || '（修订）' where version_id = 'demo-matters-v3' and code = 'CG-CF-054'`.execute(
          db,
        );
        // And once submitted, the same statement is refused.
        await db
          .updateTable('catalog_versions')
          .set({ status: 'submitted' })
          .where('id', '=', 'demo-matters-v3')
          .execute();
        await expect(
          sql`update matter_items set name = 'x' where version_id = 'demo-matters-v3' and code = 'CG-CF-054'`.execute(
            db,
          ),
        ).rejects.toThrow(/cannot change/);
        // Only one open version per kind, whatever inserts it.
        await expect(
          db
            .insertInto('catalog_versions')
            .values({
              id: 'x',
              kind: 'matters',
              version_no: 9,
              title: 'x',
              status: 'draft',
              created_by: 'u-fagui',
            })
            .execute(),
        ).rejects.toThrow(/catalog_versions_one_open/);
        // Both drivers report it as a unique violation, which the operations turn into 409s.
        await expect(
          db
            .insertInto('catalog_versions')
            .values({
              id: 'y',
              kind: 'matters',
              version_no: 9,
              title: 'y',
              status: 'draft',
              created_by: 'u-fagui',
            })
            .execute(),
        ).rejects.toMatchObject({ code: '23505' });
      } finally {
        await database.close();
      }
    });
  }
});

describe('legal bases must exist (422 LEGAL_BASIS_UNKNOWN) and items must be well formed', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const countItems = async () =>
    (
      await t.deps.db
        .selectFrom('matter_items')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('version_id', '=', 'demo-matters-v3')
        .executeTakeFirstOrThrow()
    ).n;

  it('an item citing a missing article is refused, names what is missing, and saves nothing', async () => {
    const fagui = await t.as('fagui');
    const before = await countItems();
    const res = await fagui.post(
      `${V3}/items`,
      sampleMatter({
        bases: [
          { lawId: 'urban-road-regulation-2019', article: 27, role: 'violation' },
          { lawId: 'urban-road-regulation-2019', article: 99, role: 'penalty' },
          { lawId: 'no-such-law-2030', article: 1, role: 'procedure' },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('LEGAL_BASIS_UNKNOWN');
    expect(body.message).toContain('《城市道路管理条例》没有第九十九条');
    expect(body.details.map((d: { lawId: string; article: number }) => [d.lawId, d.article])).toEqual([
      ['urban-road-regulation-2019', 99],
      ['no-such-law-2030', 1],
    ]);
    expect(await countItems()).toBe(before);
    const added = await t.deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('operation', '=', 'catalog.item-added')
      .execute();
    expect(added).toEqual([]);

    // Replacing an existing item with a bad basis leaves the item as it was.
    const bad = await fagui.put(
      `${V3}/items/CG-CF-054`,
      sampleMatter({
        code: 'CG-CF-054',
        bases: [{ lawId: 'urban-greening-regulation-2017', article: 260, role: 'penalty' }],
      }),
    );
    expect(bad.json().code).toBe('LEGAL_BASIS_UNKNOWN');
    const kept = (await fagui.get(`${V3}/items?q=CG-CF-054`)).json().items[0];
    expect(kept.bases).toEqual([
      { lawId: 'urban-greening-regulation-2017', article: 24, role: 'violation' },
      { lawId: 'urban-greening-regulation-2017', article: 26, role: 'penalty' },
    ]);
    // Inspection items are checked the same way.
    const gongshi = await t.as('gongshi');
    const draft = (await gongshi.post(`${V1}/catalogs/inspections/versions`, { title: '测试' })).json();
    const insp = await gongshi.post(
      `${V1}/catalogs/inspections/versions/${draft.id}/items`,
      sampleInspection({ bases: [{ lawId: 'air-pollution-law-2018', article: 500 }] }),
    );
    expect(insp.json().code).toBe('LEGAL_BASIS_UNKNOWN');
  });

  it('field problems come back per field, in Chinese', async () => {
    const fagui = await t.as('fagui');
    const tier = sampleMatter().discretion[0]!;
    const res = await fagui.post(
      `${V3}/items`,
      sampleMatter({
        code: 'bad code!',
        discretion: [
          { ...tier, fineMin: 5000, fineMax: 500 },
          { ...tier, fineMin: -1 },
        ],
        penaltyKinds: [],
      }),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().details as { field: string; message: string }[];
    const byField = Object.fromEntries(details.map((d) => [d.field, d.message]));
    expect(byField.code).toContain('事项编码只能由字母、数字和连字符组成');
    expect(byField['discretion.0.fineMax']).toContain('罚款下限不能高于上限');
    expect(byField['discretion.1.fineMin']).toContain('罚款金额不能为负数');

    const noKinds = await fagui.post(`${V3}/items`, sampleMatter({ penaltyKinds: [] }));
    expect(noKinds.json().details[0]).toMatchObject({
      field: 'penaltyKinds',
      message: expect.stringContaining('行政处罚事项须至少选择一种处罚种类'),
    });
    const unit = await fagui.post(`${V3}/items`, sampleMatter({ responsibleUnitId: 'ext-sfj' }));
    expect(unit.statusCode).toBe(400);
    expect(unit.json().details[0].field).toBe('responsibleUnitId');

    const gongshi = await t.as('gongshi');
    const draft = (await gongshi.post(`${V1}/catalogs/inspections/versions`, { title: '测试' })).json();
    const ratio = await gongshi.post(
      `${V1}/catalogs/inspections/versions/${draft.id}/items`,
      sampleInspection({ ratio: 0 }),
    );
    expect(ratio.json().details[0]).toMatchObject({
      field: 'ratio',
      message: expect.stringContaining('抽查比例须大于0'),
    });
    // A matter body sent to the inspections list is an inspection item with missing fields.
    const wrongKind = await gongshi.post(
      `${V1}/catalogs/inspections/versions/${draft.id}/items`,
      sampleMatter(),
    );
    expect(wrongKind.statusCode).toBe(400);
    expect((await gongshi.post(`${V1}/catalogs/rules/versions`, { title: 'x' })).statusCode).toBe(400);
  });

  it('the filing form is checked: fields, document type, size, CSRF', async () => {
    const fagui = await t.as('fagui');
    const juzhang = await t.as('juzhang');
    await fagui.post(`${V3}/submit`);
    await juzhang.post(`${V3}/approve`, {});
    const url = `${V3}/file`;

    const missing = await postMultipart(t, 'fagui', url, { filingDate: '2026-13-01' });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['document', 'filingDate', 'filingNumber']);
    const text = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: 'A', filingDate: today() },
      { name: '回执.txt', data: Buffer.from('纯文本') },
    );
    expect(text.json().details[0]).toMatchObject({
      field: 'document',
      message: expect.stringContaining('PDF'),
    });
    const disguised = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: 'A', filingDate: today() },
      { name: '回执.pdf', data: Buffer.from('MZ\x90\x00 not a pdf') },
    );
    expect(disguised.json().details[0].field).toBe('document');
    const future = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: 'A', filingDate: '2099-01-01' },
      pdf(),
    );
    expect(future.json().details[0]).toMatchObject({ field: 'filingDate', message: '备案日期不能晚于今天' });
    const early = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: 'A', filingDate: '2026-01-01' },
      pdf(),
    );
    expect(early.json().details[0].message).toBe('备案日期不能早于审批日期');
    const noCsrf = await postMultipart(t, 'fagui', url, { filingNumber: 'A', filingDate: today() }, pdf(), {
      csrf: false,
    });
    expect(noCsrf.json().code).toBe('CSRF_INVALID');
    const huge = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: 'A', filingDate: today() },
      {
        name: '回执.pdf',
        data: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * 1024 * 1024 + 1)]),
      },
    );
    expect(huge.statusCode).toBe(413);
    expect((await fagui.get(V3)).json().status).toBe('approved');

    // A receipt of a few MB (beyond the JSON body limit) is fine.
    const big = await postMultipart(
      t,
      'fagui',
      url,
      { filingNumber: '皋司备〔2026〕40号', filingDate: today() },
      {
        name: 'scan.pdf',
        data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)]),
      },
    );
    expect(big.statusCode, big.body).toBe(200);
  });
});
