import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForImportJobs } from '../src/catalog/import-runner.js';
import type { InspectionItem, MatterItem } from '../src/catalog/schemas.js';
import {
  cellNumber,
  formatBases,
  type ImportProblem,
  MATTER_COLUMNS,
  parseBases,
} from '../src/catalog/workbook-layout.js';
import { readCatalogWorkbook, WorkbookTooLargeError } from '../src/catalog/workbook-reader.js';
import { buildWorkbookReferences } from '../src/catalog/workbook-references.js';
import { countFirstSheetRows } from '../src/catalog/workbook-row-count.js';
import { writeCatalogWorkbook } from '../src/catalog/workbook-writer.js';
import { todayInChina } from '../src/clock.js';
import { LocalBlobStore } from '../src/storage/local-blob-store.js';
import {
  discretionRows,
  generatedMattersWorkbook,
  matterRow,
  type Row,
  workbookFrom,
} from './support/catalog-workbooks.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';
import { type Uploader, uploaderAs } from './support/uploads.js';

// P-03 / P-04: "Staff keep these lists in Excel today" — export, edit, import, all or nothing.

const ROAD = 'urban-road-regulation-2019';
const PENALTY = 'administrative-penalty-law-2021';

function matter(code: string, overrides: Partial<MatterItem> = {}): MatterItem {
  return {
    code,
    name: `擅自占用城市道路（${code}）`,
    category: '行政处罚',
    actingBody: '如皋市城市管理局',
    duties: '查处擅自占用、挖掘城市道路的行为',
    authority: '责令限期改正，处以罚款',
    bases: [
      { lawId: ROAD, article: 27, role: 'violation' },
      { lawId: PENALTY, article: 51, role: 'procedure' },
      { lawId: ROAD, article: 42, role: 'penalty' },
    ],
    penaltyKinds: ['警告', '罚款'],
    discretion: [
      {
        tier: '从轻处罚',
        partyType: 'person',
        conditions: '首次违法，及时改正',
        fineMin: 500,
        fineMax: 2000,
        measures: '责令改正',
      },
      {
        tier: '从重处罚',
        partyType: 'organisation',
        conditions: '拒不改正',
        fineMin: 10000,
        fineMax: 20000,
        measures: '',
      },
    ],
    hearingApplicable: true,
    procedure: 'general',
    remedies: '六十日内申请行政复议，或六个月内提起行政诉讼',
    responsibleUnitId: 'rg-dd-1',
    guide: {
      materials: '身份证明\n现场照片\n  缩进的一行',
      steps: '立案—调查—决定',
      timeLimit: '九十日',
      fees: '不收费',
      consultation: '0513-87654321',
      complaint: '12345',
    },
    ...overrides,
  };
}

function inspection(code: string, overrides: Partial<InspectionItem> = {}): InspectionItem {
  return {
    code,
    subject: '如皋市城市管理局',
    basis: '《城市市容和环境卫生管理条例》',
    bases: [{ lawId: ROAD, article: 12 }],
    object: '沿街商铺',
    content: '门前三包落实情况',
    ratio: 5.25,
    method: '双随机抽取，现场检查',
    frequency: '每年一次',
    ...overrides,
  };
}

describe('the workbook layout (no database)', () => {
  const refs = buildWorkbookReferences({
    laws: [
      { id: ROAD, title: '城市道路管理条例' },
      { id: PENALTY, title: '中华人民共和国行政处罚法' },
      { id: 'twin-2001', title: '同名条例' },
      { id: 'twin-2020', title: '同名条例' },
    ],
    articles: [
      ...[10, 12, 27, 42].map((n) => ({ law_id: ROAD, number: n, suffix: '' })),
      { law_id: ROAD, number: 10, suffix: '之一' },
      { law_id: PENALTY, number: 51, suffix: '' },
      { law_id: 'twin-2020', number: 3, suffix: '' },
    ],
    units: [{ id: 'rg-dd-1', name: '一中队', short_name: '一中队' }],
  });

  it('writes bases one per line with their role, and reads them back exactly', () => {
    const bases = [
      { lawId: ROAD, article: 27, role: 'violation' as const },
      { lawId: ROAD, article: 10, suffix: '之一', role: 'penalty' as const },
      { lawId: 'twin-2020', article: 3, role: 'procedure' as const },
    ];
    const text = formatBases(bases, refs);
    expect(text).toBe(
      '违法依据：《城市道路管理条例》第二十七条\n处罚依据：《城市道路管理条例》第十条之一\n程序依据：《twin-2020》第三条',
    );
    expect(parseBases(text, refs, true)).toEqual({ bases, errors: [] });
  });

  it('reads the ways staff write bases: Arabic numbers, several articles of one law, ；, short titles', () => {
    const { bases, errors } = parseBases(
      '违法依据：《城市道路管理条例》第27条、第四十二条；处罚依据：《行政处罚法》第五十一条',
      refs,
      true,
    );
    expect(errors).toEqual([]);
    expect(bases).toEqual([
      { lawId: ROAD, article: 27, role: 'violation' },
      { lawId: ROAD, article: 42, role: 'violation' },
      { lawId: PENALTY, article: 51, role: 'penalty' },
    ]);
    expect(parseBases('《城市道路管理条例》第十条', refs, false).bases).toEqual([
      { lawId: ROAD, article: 10 },
    ]);
  });

  it('names what is wrong with a basis it cannot take', () => {
    const reasons = (text: string, withRole = true) =>
      parseBases(text, refs, withRole).errors.map((e) => e.reason);
    expect(reasons('《城市道路管理条例》第二十七条')[0]).toContain('须注明');
    expect(reasons('违法依据：《城市道路管理条例》第九十九条')).toEqual([
      '《城市道路管理条例》没有第九十九条',
    ]);
    expect(reasons('违法依据：《城市绿化法》第一条')).toEqual(['法律法规库中没有《城市绿化法》']);
    expect(reasons('违法依据：《同名条例》第三条')[0]).toContain('《twin-2001》或《twin-2020》');
    expect(reasons('违法依据：《城市道路管理条例》第二十七条第一款')[0]).toContain('不写款、项');
    expect(reasons('违法依据：城市道路管理条例第二十七条')[0]).toContain('《法律法规名称》第X条');
    expect(reasons('违法依据：《城市道路管理条例》')[0]).toContain('须写明条号');
    expect(reasons('违法依据：《城市道路管理条例》第二二条')[0]).toContain('无法识别');
  });

  it('reads numbers from numeric cells and from text', () => {
    expect(cellNumber(5000)).toBe(5000);
    expect(cellNumber('5,000元')).toBe(5000);
    expect(cellNumber('5%')).toBe(5);
    expect(cellNumber({ formula: 'A1*2', result: 12 })).toBe(12);
    expect(cellNumber('')).toBeNull();
    expect(cellNumber('五千')).toMatchObject({ reason: '“五千”不是有效数字' });
  });

  it('round-trips matters and inspections through a streamed workbook, and counts its rows up front', async () => {
    const items = [matter('CG-CF-001'), matter('CG-CF-002', { discretion: [], penaltyKinds: ['警告'] })];
    const out = new PassThrough();
    const bytes = buffer(out);
    await writeCatalogWorkbook(out, { kind: 'matters', title: 't', refs, batches: Readable.from([items]) });
    const file = await bytes;
    const read = await readCatalogWorkbook(Readable.from([file]), 'matters', refs);
    expect(read.problems).toEqual([]);
    expect(read.items).toEqual(items);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-rows-'));
    const store = new LocalBlobStore(dir);
    const blob = await store.put(Readable.from([file]));
    expect(await countFirstSheetRows((range) => store.get(blob.key, range), blob.size)).toBe(3);
    const generated = await store.put(Readable.from([await generatedMattersWorkbook(300)]));
    expect(await countFirstSheetRows((range) => store.get(generated.key, range), generated.size)).toBe(301);
    fs.rmSync(dir, { recursive: true, force: true });

    const checks = [
      inspection('CG-CC-001'),
      inspection('CG-CC-002', { ratio: 100, bases: [{ lawId: ROAD, article: 10, suffix: '之一' }] }),
    ];
    const out2 = new PassThrough();
    const bytes2 = buffer(out2);
    await writeCatalogWorkbook(out2, {
      kind: 'inspections',
      title: 't',
      refs,
      batches: Readable.from([checks]),
    });
    const read2 = await readCatalogWorkbook(Readable.from([await bytes2]), 'inspections', refs);
    expect(read2).toEqual({ items: checks, problems: [], rows: 2 });
  });

  it('keeps every Chinese character across chunk boundaries (exceljs streaming-reader workaround)', async () => {
    // Long texts of 3-byte characters, with an odd-length ASCII prefix so characters land on every offset.
    const han = (i: number, n: number) =>
      `${'x'.repeat(i % 3)}${Array.from({ length: n }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 131 + k * 7) % 20000))).join('')}`;
    const items = Array.from({ length: 60 }, (_, i) =>
      matter(`HZ-${String(i).padStart(3, '0')}`, {
        duties: han(i, 1900),
        authority: han(i + 1, 1700),
        remedies: han(i + 2, 900),
      }),
    );
    const out = new PassThrough();
    const bytes = buffer(out);
    await writeCatalogWorkbook(out, {
      kind: 'matters',
      title: '汉字',
      refs,
      batches: Readable.from([items]),
    });
    const inline = await readCatalogWorkbook(Readable.from([await bytes]), 'matters', refs);
    expect(inline.problems).toEqual([]);
    expect(inline.items).toEqual(items);
    // The same through shared strings, as Excel itself writes them.
    const shared = await workbookFrom([
      {
        name: '行政执法事项',
        rows: items.map((m, i) => ({
          ...matterRow(i),
          事项编码: m.code,
          职责: m.duties,
          权限: m.authority,
          法律依据: '违法依据：《城市道路管理条例》第十条',
          责任单位: '一中队',
        })),
      },
    ]);
    const viaShared = await readCatalogWorkbook(Readable.from([shared]), 'matters', refs);
    expect(viaShared.problems).toEqual([]);
    expect(viaShared.items.map((m) => [m.duties, m.authority])).toEqual(
      items.map((m) => [m.duties, m.authority]),
    );
  });

  it('stops reading a sheet far larger than any catalogue', async () => {
    const file = await generatedMattersWorkbook(5);
    await expect(
      readCatalogWorkbook(Readable.from([file]), 'matters', refs, { maxRows: 3 }),
    ).rejects.toBeInstanceOf(WorkbookTooLargeError);
  });

  it('finds columns by header, so staff may reorder them', async () => {
    const row = matterRow(1);
    const reordered = Object.fromEntries(Object.entries(row).reverse());
    const file = await workbookFrom([{ name: '我的工作表', rows: [reordered] }]);
    const refs2 = buildWorkbookReferences({
      laws: [{ id: ROAD, title: '城市道路管理条例' }],
      articles: [2, 42].map((n) => ({ law_id: ROAD, number: n, suffix: '' })),
      units: [{ id: 'rg-dd-2', name: '二中队', short_name: '二中队' }],
    });
    const read = await readCatalogWorkbook(Readable.from([file]), 'matters', refs2);
    expect(read.problems).toEqual([]);
    expect(read.items[0]).toMatchObject({
      code: 'CG-CF-00001',
      responsibleUnitId: 'rg-dd-2',
      discretion: [],
    });
  });
});

// ---------------------------------------------------------------- through the API

let t: TestApp;
let blobDir: string;
let fagui: Client;
let up: Uploader;

beforeAll(() => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-excel-blobs-'));
});
afterAll(() => {
  fs.rmSync(blobDir, { recursive: true, force: true });
});
/** Each API test gets its own database clone and a signed-in reviewer (fagui: catalog.edit). */
function useApp() {
  beforeEach(async () => {
    t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
    fagui = await t.as('fagui');
    up = await uploaderAs(t, 'fagui');
  });
  afterEach(async () => {
    await waitForImportJobs();
    await t.close();
  });
}

/**
 * The open draft of a list (the demo bureau has one for the matters; otherwise a new one), emptied unless
 * `keep` is set, so each test starts from the items it adds itself.
 */
async function newDraft(kind: 'matters' | 'inspections' = 'matters', keep = false): Promise<string> {
  const versions = (await fagui.get(`/api/v1/catalogs/${kind}/versions?pageSize=100`)).json().items;
  let id: string | undefined = versions.find((v: { status: string }) => v.status === 'draft')?.id;
  if (!id) {
    const res = await fagui.post(`/api/v1/catalogs/${kind}/versions`, { title: '2026年修订' });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id as string;
  }
  if (!keep)
    await t.deps.db
      .deleteFrom(kind === 'matters' ? 'matter_items' : 'inspection_items')
      .where('version_id', '=', id)
      .execute();
  return id;
}

async function addItems(
  kind: 'matters' | 'inspections',
  versionId: string,
  items: (MatterItem | InspectionItem)[],
) {
  for (const item of items) {
    const res = await fagui.post(`/api/v1/catalogs/${kind}/versions/${versionId}/items`, item);
    expect(res.statusCode, res.body).toBe(201);
  }
}

async function itemsOf(kind: string, versionId: string) {
  const res = await fagui.get(`/api/v1/catalogs/${kind}/versions/${versionId}/items?pageSize=200`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

async function exportOf(kind: string, versionId: string): Promise<Buffer> {
  const res = await fagui.get(`/api/v1/catalogs/${kind}/versions/${versionId}/export.xlsx`);
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

interface Job {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  processed: number;
  total: number;
  imported: number;
  problems: ImportProblem[];
}

async function startImport(kind: string, versionId: string, file: Buffer, filename = '清单.xlsx') {
  return up.upload(`/api/v1/catalogs/${kind}/versions/${versionId}/import`, [
    { field: 'workbook', filename, content: file },
  ]);
}

async function importAndWait(kind: string, versionId: string, file: Buffer): Promise<Job> {
  const res = await startImport(kind, versionId, file);
  expect(res.statusCode, res.body).toBe(202);
  await waitForImportJobs();
  return (await fagui.get(`/api/v1/imports/${res.json().jobId}`)).json();
}

const importEvents = () =>
  t.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('operation', '=', 'catalog.items-imported')
    .execute();

describe('P-03 Excel export and import of the matters', () => {
  useApp();
  it('export → import gives back identical items (the round trip)', async () => {
    // The demo draft's own items, plus items that use every feature of the layout.
    const id = await newDraft('matters', true);
    const demo = (await itemsOf('matters', id)).length;
    const original = [
      matter('XL-CF-001'),
      matter('XL-QZ-001', {
        category: '行政强制',
        penaltyKinds: [],
        discretion: [],
        procedure: 'seizure',
        hearingApplicable: false,
      }),
      matter('XL-JC-001', {
        category: '行政检查',
        penaltyKinds: [],
        discretion: [],
        procedure: 'inspection',
        responsibleUnitId: 'rg-fgk',
      }),
    ];
    await addItems('matters', id, original);
    const before = await itemsOf('matters', id);
    const n = demo + 3;
    expect(before).toHaveLength(n);

    const file = await exportOf('matters', id);
    const job = await importAndWait('matters', id, file);
    expect(job).toMatchObject({ status: 'succeeded', imported: n, processed: n, total: n, problems: [] });
    expect(await itemsOf('matters', id)).toEqual(before);
    const [event] = await importEvents();
    expect(event).toMatchObject({ actor_username: 'fagui', target_id: id });
    expect(event!.changes).toEqual({ itemCount: { before: n, after: n } });
    expect(event!.reason).toContain(`新增 0，修改 0，删除 0，未变 ${n}`);

    // And the second export is byte-for-byte the same content (items), so nothing drifts on repeat.
    const again = await exportOf('matters', id);
    const reread = await readCatalogWorkbook(Readable.from([again]), 'matters', await loadRefs());
    expect(reread.items).toEqual(before);
  });

  it('the export is a styled workbook: frozen, filtered header, widths, drop-downs, help, hidden lists', async () => {
    const id = await newDraft();
    await addItems('matters', id, [matter('CG-CF-001')]);
    const res = await fagui.get(`/api/v1/catalogs/matters/versions/${id}/export.xlsx`);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('行政执法事项清单-第'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['行政执法事项', 'visible'],
      ['裁量基准', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    const main = wb.getWorksheet('行政执法事项')!;
    expect(main.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(main.getRow(1).values).toEqual([undefined, ...MATTER_COLUMNS.map((c) => c.header)]);
    expect(main.getCell('A1').font?.bold).toBe(true);
    expect(main.getColumn(7).width).toBe(46);
    expect(main.autoFilter).toBeTruthy();
    const dv = (
      main as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    // Drop-downs cover the rows written and a margin for new ones (exceljs reads them back cell by cell).
    expect(dv.C2).toMatchObject({
      type: 'list',
      formulae: ['"行政处罚,行政强制,行政检查,行政许可,行政征收,行政确认,其他"'],
    });
    expect(dv.C5001).toMatchObject({ type: 'list' });
    expect(dv.L2?.formulae[0]).toMatch(/^'选项'!\$A\$2:\$A\$\d+$/);
    expect(main.getCell('G2').value).toBe(
      '违法依据：《城市道路管理条例》第二十七条\n程序依据：《中华人民共和国行政处罚法》第五十一条\n处罚依据：《城市道路管理条例》第四十二条',
    );
    expect(wb.getWorksheet('裁量基准')!.rowCount).toBe(3);
  });

  it('a workbook with bad rows yields every problem by row, column and reason, and changes nothing', async () => {
    const id = await newDraft();
    await addItems('matters', id, [matter('KEEP-001')]);
    const before = await itemsOf('matters', id);
    const good = matterRow(1);
    const rows: Row[] = [
      good, // row 2
      { ...matterRow(2), 事项名称: '' }, // row 3: missing required cell
      { ...matterRow(3), 事项类别: '行政奖励' }, // row 4: unknown category
      {
        ...matterRow(4),
        法律依据: '违法依据：《城市道路管理条例》第九十九条\n处罚依据：《城市道路管理条例》第四十二条',
      }, // row 5
      { ...matterRow(5), 事项编码: good.事项编码 as string }, // row 6: duplicate code
      { ...matterRow(6), 责任单位: '市场监管局', 是否适用听证: '也许' }, // row 7: two bad cells
      { ...matterRow(7), 处罚种类: '警告、拘留' }, // row 8
      { ...matterRow(8), 事项名称: '名'.repeat(201) }, // row 9: too long (the item schema's limit)
    ];
    const tiers: Row[] = [
      ...discretionRows(1), // rows 2-3
      { ...discretionRows(2)[0]!, '罚款下限（元）': 3000, '罚款上限（元）': 1000 }, // row 4: min > max
      { ...discretionRows(3)[0]!, 事项编码: 'NO-SUCH' }, // row 5
      { ...discretionRows(4)[0]!, '罚款上限（元）': '两千' }, // row 6
    ];
    const file = await workbookFrom([
      { name: '行政执法事项', rows },
      { name: '裁量基准', rows: tiers },
    ]);
    const job = await importAndWait('matters', id, file);
    expect(job.status).toBe('failed');
    expect(job.imported).toBe(0);
    const brief = job.problems.map((p) => [p.row, p.column, p.reason]);
    expect(brief).toEqual([
      [3, '事项名称', '请填写事项名称'],
      [
        4,
        '事项类别',
        '事项类别“行政奖励”不在可选范围内，可选：行政处罚、行政强制、行政检查、行政许可、行政征收、行政确认、其他',
      ],
      [5, '法律依据', '《城市道路管理条例》没有第九十九条'],
      [6, '事项编码', '事项编码“CG-CF-00001”与第2行重复'],
      [7, '是否适用听证', '是否适用听证“也许”不在可选范围内，可选：是、否、适用、不适用、TRUE、FALSE'],
      [7, '责任单位', '责任单位“市场监管局”不是本局的单位'],
      [8, '处罚种类', expect.stringContaining('处罚种类“拘留”不在可选范围内')],
      [9, '事项名称', '事项名称不能超过200个字'],
      [4, '裁量基准·罚款上限（元）', '罚款下限不能高于上限'],
      [5, '裁量基准·事项编码', '事项编码“NO-SUCH”在「行政执法事项」表中不存在'],
      [6, '裁量基准·罚款上限（元）', '罚款上限（元）：“两千”不是有效数字'],
    ]);
    expect(job.problems.every((p) => p.reasonEn.length > 0 && p.reasonEn !== p.reason)).toBe(true);
    expect(await itemsOf('matters', id)).toEqual(before);
    expect(await importEvents()).toEqual([]);
  });

  it('a good import replaces the draft’s items, all of them, and says what changed', async () => {
    const id = await newDraft();
    await addItems('matters', id, [matter('CG-CF-00001'), matter('OLD-001'), matter('OLD-002')]);
    const file = await workbookFrom([
      { name: '行政执法事项', rows: [matterRow(1), matterRow(2)] },
      { name: '裁量基准', rows: discretionRows(2) },
    ]);
    const job = await importAndWait('matters', id, file);
    expect(job).toMatchObject({ status: 'succeeded', imported: 2 });
    const items = await itemsOf('matters', id);
    expect(items.map((i: MatterItem) => i.code)).toEqual(['CG-CF-00001', 'CG-CF-00002']);
    expect(items[1].discretion).toHaveLength(2);
    expect(items[0].bases).toEqual([
      { lawId: ROAD, article: 2, role: 'violation' },
      { lawId: ROAD, article: 42, role: 'penalty' },
    ]);
    const [event] = await importEvents();
    expect(event!.changes).toEqual({ itemCount: { before: 3, after: 2 } });
    expect(event!.reason).toContain('新增 1，修改 1，删除 2，未变 0');
  });

  it('refuses to import into a version that has left draft (here: filed)', async () => {
    const id = await newDraft();
    await addItems('matters', id, [matter('CG-CF-001')]);
    const file = await exportOf('matters', id);
    expect((await fagui.post(`/api/v1/catalogs/matters/versions/${id}/submit`)).statusCode).toBe(200);
    const head = await t.as('juzhang');
    expect((await head.post(`/api/v1/catalogs/matters/versions/${id}/approve`, {})).statusCode).toBe(200);
    const filed = await up.upload(
      `/api/v1/catalogs/matters/versions/${id}/file`,
      [
        {
          field: 'document',
          filename: '备案回执.pdf',
          content: '%PDF-1.4 receipt',
          contentType: 'application/pdf',
        },
      ],
      { filingNumber: '皋司备〔2026〕40号', filingDate: todayInChina() },
    );
    expect(filed.statusCode, filed.body).toBe(200);
    const res = await startImport('matters', id, file);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CATALOG_VERSION_LOCKED');
    expect(await t.deps.db.selectFrom('import_jobs').selectAll().execute()).toEqual([]);
  });

  it('refuses what is not an .xlsx workbook, too large, from the wrong field, or from a reader', async () => {
    const id = await newDraft();
    const url = `/api/v1/catalogs/matters/versions/${id}/import`;
    const csv = await up.upload(url, [{ field: 'workbook', filename: '清单.csv', content: 'a,b' }]);
    expect([csv.statusCode, csv.json().code]).toEqual([400, 'UPLOAD_TYPE_NOT_ALLOWED']);
    const fake = await up.upload(url, [
      { field: 'workbook', filename: '清单.xlsx', content: '<html>not a zip</html>' },
    ]);
    expect([fake.statusCode, fake.json().code]).toEqual([400, 'IMPORT_NOT_XLSX']);
    const wrongField = await up.upload(url, [{ field: 'file', filename: '清单.xlsx', content: 'PK' }]);
    expect([wrongField.statusCode, wrongField.json().code]).toEqual([400, 'UPLOAD_FILE_MISSING']);
    const huge = await up.upload(url, [
      { field: 'workbook', filename: '清单.xlsx', content: Buffer.alloc(50 * 1024 * 1024 + 1, 0x50) },
    ]);
    expect([huge.statusCode, huge.json().code]).toEqual([400, 'UPLOAD_TOO_LARGE']);
    expect(huge.json().message).toContain('50 MB');
    const officer = await uploaderAs(t, 'zhifa');
    const forbidden = await officer.upload(url, [
      { field: 'workbook', filename: '清单.xlsx', content: 'PK' },
    ]);
    expect(forbidden.statusCode).toBe(403);
    expect((await fagui.get('/api/v1/imports/no-such-job')).statusCode).toBe(404);
    // A zip that is no workbook: accepted, then failed with a readable reason.
    const broken = await importAndWait(
      'matters',
      id,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(400, 7)]),
    );
    expect(broken.status).toBe('failed');
    expect(broken.problems[0]!.reason).toContain('无法读取该工作簿');
    // An inspections workbook sent to the matters list.
    const other = await importAndWait(
      'matters',
      id,
      await workbookFrom([{ name: '随机抽查事项', rows: [{ 事项编码: 'X', 抽查主体: 'a', 抽查对象: 'b' }] }]),
    );
    expect(other.problems[0]!.reason).toContain('找不到「行政执法事项」工作表');
  });

  it('a second import into the same draft waits for the first', async () => {
    const id = await newDraft();
    const file = await generatedMattersWorkbook(600);
    const first = await startImport('matters', id, file);
    expect(first.statusCode).toBe(202);
    const second = await startImport('matters', id, file);
    expect([second.statusCode, second.json().code]).toEqual([409, 'IMPORT_RUNNING']);
    await waitForImportJobs();
    expect((await startImport('matters', id, file)).statusCode).toBe(202);
  });

  it('a job left running by a dead process is settled as failed and no longer blocks', async () => {
    const id = await newDraft();
    await t.deps.db
      .insertInto('import_jobs')
      .values({
        id: 'dead-job',
        kind: 'matters',
        version_id: id,
        status: 'running',
        problems: '[]',
        workbook_name: 'x.xlsx',
        workbook_size: 1,
        workbook_sha256: 'a'.repeat(64),
        workbook_sm3: 'b'.repeat(64),
        workbook_key: 'a'.repeat(64),
        created_by: 'u-fagui',
        // On PostgreSQL another process might hold a young job; an hour-old one is dead on both backends.
        created_at: new Date(Date.now() - 3600_000),
      })
      .execute();
    const job = (await fagui.get('/api/v1/imports/dead-job')).json();
    expect(job.status).toBe('failed');
    expect(job.problems[0].reason).toContain('中断');
  });

  it('a generated 5,000-row workbook imports, with progress that moves while it runs', async () => {
    const id = await newDraft();
    const file = await generatedMattersWorkbook(5000);
    const started = Date.now();
    const res = await startImport('matters', id, file, '五千行.xlsx');
    expect(res.statusCode).toBe(202);
    const jobId = res.json().jobId;
    const seen: Job[] = [];
    for (;;) {
      const job: Job = (await fagui.get(`/api/v1/imports/${jobId}`)).json();
      seen.push(job);
      if (job.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      status: 'succeeded',
      processed: 5000,
      total: 5000,
      imported: 5000,
      problems: [],
    });
    const midway = seen.filter((j) => j.status === 'running' && j.processed > 0 && j.processed < 5000);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.every((j) => j.total === 5000)).toBe(true); // known from the first update on
    const processed = seen.map((j) => j.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    const count = await t.deps.db
      .selectFrom('matter_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('version_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5000);
    const sample = (await fagui.get(`/api/v1/catalogs/matters/versions/${id}/items?q=CG-CF-04999`)).json()
      .items[0];
    expect(sample.discretion).toHaveLength(2);
    console.log(`5,000-row import: ${Date.now() - started} ms, ${seen.length} polls`);
  }, 120_000);
});

describe('P-04 Excel export and import of the inspections', () => {
  useApp();
  it('round-trips, and reports a bad ratio at its cell', async () => {
    const id = await newDraft('inspections');
    await addItems('inspections', id, [
      inspection('CG-CC-001'),
      inspection('CG-CC-002', {
        ratio: 100,
        bases: [
          { lawId: ROAD, article: 12 },
          { lawId: PENALTY, article: 51 },
        ],
      }),
    ]);
    const before = await itemsOf('inspections', id);
    const job = await importAndWait('inspections', id, await exportOf('inspections', id));
    expect(job).toMatchObject({ status: 'succeeded', imported: 2 });
    expect(await itemsOf('inspections', id)).toEqual(before);

    const row = {
      事项编码: 'CG-CC-009',
      抽查主体: '如皋市城市管理局',
      抽查依据: '《城市道路管理条例》',
      法律依据: '《城市道路管理条例》第十二条',
      抽查对象: '占道经营',
      抽查内容: '是否擅自占道',
      '抽查比例（%）': 5,
      抽查方式: '双随机',
      抽查频次: '每季度一次',
    };
    const bad = await importAndWait(
      'inspections',
      id,
      await workbookFrom([
        {
          name: '随机抽查事项',
          rows: [
            { ...row, '抽查比例（%）': 0 },
            { ...row, 事项编码: 'B', '抽查比例（%）': 120 },
            { ...row, 事项编码: 'C', '抽查比例（%）': 3.333 },
            { ...row, 事项编码: 'D', '抽查比例（%）': '5%' },
          ],
        },
      ]),
    );
    expect(bad.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, '抽查比例（%）', '抽查比例须大于0'],
      [3, '抽查比例（%）', '抽查比例不能超过100%'],
      [4, '抽查比例（%）', '抽查比例最多保留两位小数'],
    ]);
    expect(await itemsOf('inspections', id)).toEqual(before);
  });
});

async function loadRefs() {
  const { loadWorkbookReferences } = await import('../src/catalog/workbook-references.js');
  return loadWorkbookReferences(t.deps.db);
}
