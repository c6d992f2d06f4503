import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import type { DocumentContext } from '../src/documents/document-context.js';
import { DEFAULT_DOCUMENT_SETTINGS } from '../src/documents/document-settings.js';

// A plain document context for the template and rendering tests (no database): a road-occupation case
// against a building-materials shop, with the articles' texts as the law library holds them.

const ART_27 = `第二十七条 城市道路范围内禁止下列行为：
(一)擅自占用或者挖掘城市道路；
(二)履带车、铁轮车或者超重、超高、超长车辆擅自在城市道路上行驶；
(三)机动车在桥梁或者非指定的城市道路上试刹车；
(四)擅自在城市道路上建设建筑物、构筑物；`;

const ART_42 = `第四十二条 违反本条例第二十七条规定，或者有下列行为之一的，由市政工程行政主管部门或者其他有关部门责令限期改正，可以处以2万元以下的罚款；造成损失的，应当依法承担赔偿责任：
(一)未对设在城市道路上的各种管线的检查井、箱盖或者城市道路附属设施的缺损及时补缺或者修复的；
(六)未按照批准的位置、面积、期限占用或者挖掘城市道路，或者需要移动位置、扩大面积、延长时间，未提前办理变更审批手续的。`;

export function sampleContext(overrides: Partial<DocumentContext> = {}): DocumentContext {
  return {
    settings: DEFAULT_DOCUMENT_SETTINGS,
    case: {
      id: 'case-1',
      caseNo: '皋城管立〔2026〕第0012号',
      sourceNo: 'AY2026-000123',
      queryCode: 'K7QX9M2P',
      procedure: 'general',
      source: 'patrol',
      summary: '擅自占用城市道路（福寿东路东段人行道）堆放建筑材料，占用面积约36平方米',
      place: '如皋市如城街道福寿东路东段（福寿东路与海阳北路交叉口东50米）',
      occurredOn: '2026-10-12',
      discoveredOn: '2026-10-12',
      filedOn: '2026-10-13',
      unitName: '综合执法大队一中队',
      flags: {},
    },
    parties: [
      {
        kind: 'person',
        name: '张建国',
        idNumber: '320682198503021234',
        creditCode: null,
        legalRepresentative: null,
        address: '如皋市如城街道大司马社区18组56号',
        phone: '13912345678',
        gender: '男',
        birthDate: '1985-03-02',
        minor: false,
      },
    ],
    officers: [
      { name: '王志强', certificateNo: '32060123001', role: 'lead', unitName: '综合执法大队一中队' },
      { name: '陈晓东', certificateNo: '32060123017', role: 'assist', unitName: '综合执法大队一中队' },
    ],
    matter: {
      code: 'CG-SZ-003',
      name: '对擅自占用城市道路的行政处罚',
      category: '行政处罚',
      hearingApplicable: true,
      violated: [{ lawTitle: '城市道路管理条例', label: '第二十七条', text: ART_27 }],
      penaltyBases: [{ lawTitle: '城市道路管理条例', label: '第四十二条', text: ART_42 }],
      procedureBases: [],
    },
    proposed: {
      kinds: ['罚款'],
      fine: 6000,
      confiscation: null,
      measures: '责令你于收到本告知书之日起三日内清除占道堆放的建筑材料，恢复道路原状',
      circumstances: '你占用城市道路面积较大、持续时间较长，经责令改正后仍未及时清除，属一般处罚情形',
      reason: null,
    },
    decided: {
      kinds: ['罚款'],
      fine: 6000,
      confiscation: null,
      measures: '责令你立即清除占道堆放的建筑材料，恢复道路原状',
      circumstances: '你占用城市道路面积较大、持续时间较长，经责令改正后仍未及时清除，属一般处罚情形',
      reason: null,
    },
    issued: { 'prior-notice': { number: '皋城管罚告字〔2026〕第8号', issuedOn: '2026-11-05' } },
    today: '2026-11-26',
    input: {
      evidence: [
        '现场检查笔录1份',
        '询问笔录2份',
        '现场照片12张',
        '执法记录仪视频资料1份',
        '当事人身份证复印件1份',
        '责令限期改正通知书及送达回证',
      ],
    },
    ...overrides,
  };
}

/** A case row as intake would leave it, inserted directly (for numbering tests that need no API). */
export async function insertBareCase(db: Kysely<DB>, unitId = 'rg-dd-1'): Promise<string> {
  const id = randomUUID();
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'zhifa')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('cases')
    .values({
      id,
      source_no: `T${id.slice(0, 8)}`,
      query_code: 'K7QX9M2P',
      procedure: 'general',
      stage: 'investigation',
      unit_id: unitId,
      source: 'patrol',
      source_ref: null,
      summary: '擅自占用城市道路堆放建筑材料',
      place: '如皋市如城街道福寿东路',
      occurred_on: '2026-10-12',
      discovered_on: '2026-10-12',
      filed_on: null,
      case_no: null,
      matter_code: null,
      matter_version_id: null,
      circumstances: null,
      proposed_penalty: null,
      notified_penalty: null,
      penalty_after_defence: null,
      decision: null,
      created_by: user.id,
    })
    .execute();
  return id;
}

/**
 * The serial the next document of `kind` will get this year (1 when none was issued). The demo bureau has
 * already issued documents, so numbering tests count from here rather than from 1.
 */
export async function nextSerial(
  db: Kysely<DB>,
  kind: string,
  year: number,
  organ = '皋城管',
): Promise<number> {
  const row = await db
    .selectFrom('document_sequences')
    .select('next')
    .where('organ', '=', organ)
    .where('kind', '=', kind)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.next ?? 1;
}
