import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { insertItems, itemBases } from '../catalog/item-store.js';
import { type CatalogItem, ITEM_SCHEMAS } from '../catalog/schemas.js';
import type { RequestContext } from '../context.js';
import type { CatalogKind, CatalogStatus, DB } from '../db/schema.js';
import { assertLegalBasesExist } from '../laws/assert-legal-bases.js';
import { INSPECTIONS_V1, MATTERS_V1, MATTERS_V2, MATTERS_V3_DRAFT } from './catalog-demo-data.js';

export const DEMO_CATALOG_SEEDED_KEY = 'demo_catalog_seeded_at';

interface DemoVersion {
  id: string;
  kind: CatalogKind;
  versionNo: number;
  title: string;
  note: string;
  status: CatalogStatus;
  createdBy: string;
  createdAt: string;
  submittedAt?: string;
  approvedAt?: string;
  filing?: { number: string; date: string; filedAt: string };
  items: CatalogItem[];
}

const DEMO_NOTE = '演示数据：国家法律法规未规定罚款数额的事项，裁量基准中的罚款幅度为演示值。';

/** A living history: two filed versions of the matters list and a third in draft; one filed inspection list. */
export const DEMO_CATALOG_VERSIONS: DemoVersion[] = [
  {
    id: 'demo-matters-v1',
    kind: 'matters',
    versionNo: 1,
    title: '如皋市城市管理局行政执法事项清单（2025年版）',
    note: `依据相对集中行政处罚权范围和现行法律法规梳理编制。${DEMO_NOTE}`,
    status: 'filed',
    createdBy: 'u-fagui',
    createdAt: '2025-03-03T09:12:00+08:00',
    submittedAt: '2025-03-21T16:40:00+08:00',
    approvedAt: '2025-03-28T10:05:00+08:00',
    filing: { number: '皋司备〔2025〕12号', date: '2025-04-18', filedAt: '2025-04-18T15:20:00+08:00' },
    items: MATTERS_V1,
  },
  {
    id: 'demo-inspections-v1',
    kind: 'inspections',
    versionNo: 1,
    title: '如皋市城市管理局随机抽查事项清单（2025年版）',
    note: '按照“双随机、一公开”要求编制，抽查比例按风险等级确定。',
    status: 'filed',
    createdBy: 'u-gongshi',
    createdAt: '2025-03-05T14:30:00+08:00',
    submittedAt: '2025-03-21T16:45:00+08:00',
    approvedAt: '2025-03-28T10:10:00+08:00',
    filing: { number: '皋司备〔2025〕13号', date: '2025-04-18', filedAt: '2025-04-18T15:25:00+08:00' },
    items: INSPECTIONS_V1,
  },
  {
    id: 'demo-matters-v2',
    kind: 'matters',
    versionNo: 2,
    title: '如皋市城市管理局行政执法事项清单（2026年版）',
    note: `新增生活垃圾分类、厨余垃圾、室内装修噪声等事项；饲养家畜家禽事项划转属地镇（区）；调整露天烧烤裁量基准。${DEMO_NOTE}`,
    status: 'filed',
    createdBy: 'u-fagui',
    createdAt: '2026-01-12T10:00:00+08:00',
    submittedAt: '2026-02-27T17:05:00+08:00',
    approvedAt: '2026-03-06T09:30:00+08:00',
    filing: { number: '皋司备〔2026〕7号', date: '2026-03-20', filedAt: '2026-03-20T14:10:00+08:00' },
    items: MATTERS_V2,
  },
  {
    id: 'demo-matters-v3',
    kind: 'matters',
    versionNo: 3,
    title: '如皋市城市管理局行政执法事项清单（2026年第二次调整）',
    note: `拟新增古树名木保护事项，完善渣土运输裁量情形（起草中）。${DEMO_NOTE}`,
    status: 'draft',
    createdBy: 'u-fagui',
    createdAt: '2026-10-15T09:00:00+08:00',
    items: MATTERS_V3_DRAFT,
  },
];

const APPROVER = 'u-juzhang';

/** The demo's stand-in for the judicial bureau's receipt: plain text, and named as a demo. */
export function demoFilingReceipt(version: DemoVersion): { name: string; data: Buffer } {
  const text = [
    '如皋市司法局',
    '备案回执（演示）',
    '',
    `备案号：${version.filing?.number}`,
    `报备单位：如皋市城市管理局`,
    `报备文件：${version.title}`,
    `备案日期：${version.filing?.date}`,
    '',
    '本文件为三项制度行政执法平台演示数据自动生成，不是真实的备案回执。',
    '',
  ].join('\n');
  return { name: '备案回执（演示）.txt', data: Buffer.from(text, 'utf8') };
}

/**
 * Loads the demo catalogues once (after the law library and the demo bureau): every item passes the same
 * schema and legal-basis check as the API's, so the demo cannot show a basis that does not exist.
 * Returns false if it had already run, or if the demo accounts it names are missing.
 */
export async function seedCatalogDemo(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const already = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_CATALOG_SEEDED_KEY)
    .executeTakeFirst();
  if (already) return false;
  const people = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', [APPROVER, ...DEMO_CATALOG_VERSIONS.map((v) => v.createdBy)])
    .execute();
  if (people.length < new Set([APPROVER, ...DEMO_CATALOG_VERSIONS.map((v) => v.createdBy)]).size)
    return false;

  const versions = DEMO_CATALOG_VERSIONS.map((v) => ({
    ...v,
    items: v.items.map((item) => ITEM_SCHEMAS[v.kind].parse(item) as CatalogItem),
  }));

  await db.transaction().execute(async (trx) => {
    await assertLegalBasesExist(
      trx,
      versions.flatMap((v) => v.items.flatMap(itemBases)),
    );
    for (const v of versions) {
      // Items go into a draft (the trigger refuses any other), then the version takes its final state.
      await trx
        .insertInto('catalog_versions')
        .values({
          id: v.id,
          kind: v.kind,
          version_no: v.versionNo,
          title: v.title,
          note: v.note,
          status: 'draft',
          created_by: v.createdBy,
          created_at: new Date(v.createdAt),
        })
        .execute();
      await insertItems(trx, v.kind, v.id, v.items);
      if (v.status === 'draft') continue;
      const receipt = v.filing ? demoFilingReceipt(v) : null;
      await trx
        .updateTable('catalog_versions')
        .set({
          status: v.status,
          submitted_at: v.submittedAt ? new Date(v.submittedAt) : null,
          approved_by: v.approvedAt ? APPROVER : null,
          approved_at: v.approvedAt ? new Date(v.approvedAt) : null,
          filing_number: v.filing?.number ?? null,
          filing_date: v.filing?.date ?? null,
          filing_document_name: receipt?.name ?? null,
          filing_document_sha256: receipt ? createHash('sha256').update(receipt.data).digest('hex') : null,
          filing_document: receipt?.data ?? null,
          filed_at: v.filing ? new Date(v.filing.filedAt) : null,
        })
        .where('id', '=', v.id)
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: DEMO_CATALOG_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `catalogues: ${versions.map((v) => `${v.kind} v${v.versionNo} (${v.status}, ${v.items.length} items)`).join('; ')}`,
    });
  });
  return true;
}
