import { randomUUID } from 'node:crypto';
import {
  CREDIT_CODE_ALPHABET,
  citizenIdCheckChar,
  creditCodeCheckChar,
  findTransition,
  PROCEDURES,
  type ProcedureCode,
  type RoleCode,
  type WorkingCalendar,
} from '@sanxiang/core';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { computeEffects, moveDeadlines, statusAfter } from '../cases/effects.js';
import { rolesFor } from '../cases/evaluate.js';
import { type CaseBundle, loadBundle, loadCaseRow } from '../cases/load-case.js';
import { DEFAULT_LOCAL_RULES } from '../cases/local-rules.js';
import { nextSourceNo, QUERY_CODE_ALPHABET } from '../cases/numbering.js';
import { draftDigest, hearingEligible } from '../cases/penalty.js';
import type { ActionPayload } from '../cases/schemas.js';
import type { Penalty } from '../cases/types.js';
import { findItem } from '../catalog/item-store.js';
import type { MatterItem } from '../catalog/schemas.js';
import { addDays, todayInChina } from '../clock.js';
import { loadConfig } from '../config.js';
import type { Actor, RequestContext, Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import type { BlobStore } from '../storage/blob-store.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { randomMobile, randomName } from './names.js';
import { seededRandom } from './random.js';
import { demoDraftInput, issueDemoDocument } from './seed-case-documents.js';

export const DEMO_CASES_SEEDED_KEY = 'demo_cases_seeded_at';

// About sixty cases of the demo bureau at every stage of every procedure, dated relative to today so that
// clocks are running, nearly due and overdue whenever the demo starts. Each case is walked from its first
// stage through the engine's own effects (cases/effects.ts: milestones, flags, numbers, deadlines) in
// date order across all cases, so 立案号 follow the filing dates and every clock starts from the event the
// law names. The guards are not asked: the documents a real case would have issued at each stage belong to
// the documents part, and the demo's history is what the bureau did, not an attempt.

type Rng = ReturnType<typeof seededRandom>;

const PATHS = {
  general: [
    'propose-filing',
    'approve-filing',
    'close-investigation',
    'submit-legal-review',
    'pass-review',
    'serve-prior-notice',
    'review-statement',
    'issue-decision',
    'confirm-service',
    'confirm-performance',
    'archive',
  ],
  hearing: [
    'propose-filing',
    'approve-filing',
    'close-investigation',
    'submit-legal-review',
    'pass-review',
    'serve-prior-notice',
    'request-hearing',
    'hold-hearing',
    'review-after-hearing',
    'pass-review',
    'issue-decision',
    'confirm-service',
    'confirm-performance',
    'archive',
  ],
  unpaid: [
    'propose-filing',
    'approve-filing',
    'close-investigation',
    'submit-legal-review',
    'pass-review',
    'serve-prior-notice',
    'review-statement',
    'issue-decision',
    'confirm-service',
    'issue-demand',
  ],
  declined: ['propose-filing', 'decline-filing'],
  simple: ['apply-simple-procedure', 'deliver-decision', 'confirm-payment', 'archive'],
  collected: ['apply-simple-procedure', 'deliver-decision', 'collect-on-the-spot', 'hand-in-fine', 'archive'],
  seizure: [
    'approve-measure',
    'complete-seizure',
    'extend-seizure',
    'decide-disposal',
    'release',
    'return-property',
  ],
  demolition: ['issue-demand', 'decide-enforcement', 'announce', 'start-demolition', 'complete-demolition'],
  inspection: ['assign-inspectors', 'record-inspection', 'order-rectification', 'confirm-rectified'],
} as const;
type PathName = keyof typeof PATHS;

interface Template {
  matter: string;
  party: 'person' | 'organisation';
  tier: string;
  summary: (place: string) => string;
}

const T = (
  matter: string,
  party: Template['party'],
  tier: string,
  summary: (p: string) => string,
): Template => ({
  matter,
  party,
  tier,
  summary,
});

const GENERAL: Template[] = [
  T(
    'CG-CF-005',
    'person',
    '一般处罚',
    (p) => `${p}沿街墙面被喷涂办证小广告约3平方米，经调取监控确认系当事人所为`,
  ),
  T(
    'CG-CF-006',
    'organisation',
    '一般处罚',
    (p) => `当事人未经批准在${p}公交站台、电线杆上张贴招生宣传单40余张`,
  ),
  T(
    'CG-CF-014',
    'person',
    '一般处罚',
    (p) => `当事人未经批准在${p}人行道上堆放黄沙、砖块等建材约15平方米，影响市容`,
  ),
  T(
    'CG-CF-019',
    'person',
    '一般处罚',
    (p) => `当事人擅自占用${p}人行道摆放经营桌椅，占道面积约12平方米，经责令改正后仍未改正`,
  ),
  T('CG-CF-029', 'person', '一般处罚', (p) => `当事人在${p}路口无照占道经营水果摊点，经多次劝阻未改正`),
  T(
    'CG-CF-030',
    'organisation',
    '从轻处罚',
    (p) => `当事人所属渣土运输车辆途经${p}时未采取密闭措施，沿途遗撒渣土约200米`,
  ),
  T(
    'CG-CF-013',
    'organisation',
    '一般处罚',
    (p) => `当事人未经同意在${p}商铺外墙擅自设置大型户外广告牌约30平方米`,
  ),
  T(
    'CG-CF-034',
    'person',
    '从轻处罚',
    (p) => `当事人经营的餐饮店位于${p}，未安装油烟净化设施直接排放油烟，周边居民多次投诉`,
  ),
  T('CG-CF-035', 'person', '从轻处罚', (p) => `当事人在${p}禁止区域内夜间露天烧烤食品，烟尘影响周边居民`),
  T(
    'CG-CF-031',
    'organisation',
    '从轻处罚',
    (p) => `当事人承建的${p}住宅项目工地未设置硬质围挡，土方作业未采取洒水抑尘措施`,
  ),
  T(
    'CG-CF-046',
    'organisation',
    '从轻处罚',
    (p) => `当事人在${p}施工工地夜间施工，经监测噪声超过排放标准8分贝`,
  ),
  T(
    'CG-CF-048',
    'person',
    '一般处罚',
    (p) => `当事人在${p}广场组织健身活动使用音响器材音量过大，经劝阻仍不改正`,
  ),
  T('CG-CF-050', 'person', '一般处罚', (p) => `当事人在${p}绿化带内停放车辆，碾压损坏草坪约20平方米`),
  T('CG-CF-052', 'organisation', '从轻处罚', (p) => `当事人未经同意擅自占用${p}公共绿地约60平方米用作停车场`),
  T('CG-CF-008', 'person', '一般处罚', (p) => `当事人在${p}河边不按规定地点倾倒装修垃圾约2立方米`),
  T('CG-CF-039', 'person', '一般处罚', (p) => `当事人在${p}路边随意倾倒生活垃圾并露天焚烧`),
  T(
    'CG-CF-049',
    'person',
    '一般处罚',
    (p) => `当事人在${p}小区住宅内22时后进行装修作业，产生噪声影响邻居休息`,
  ),
  T(
    'CG-CF-025',
    'organisation',
    '一般处罚',
    (p) => `当事人未按照批准的位置和面积占用${p}城市道路堆放施工材料`,
  ),
  T(
    'CG-CF-001',
    'person',
    '一般处罚',
    (p) => `当事人未取得建设工程规划许可证，在${p}自有住宅楼顶搭建彩钢板房约45平方米`,
  ),
];
const HEARING = T(
  'CG-CF-035',
  'person',
  '一般处罚',
  (p) => `当事人在${p}禁止区域内长期经营露天烧烤，经两次责令改正仍继续经营`,
);
const SIMPLE: Template[] = [
  T('CG-CF-004', 'person', '一般处罚', (p) => `当事人在${p}公交站台乱扔烟头、纸屑，经指出拒不清除`),
  T('CG-CF-007', 'person', '一般处罚', (p) => `当事人在${p}临街建筑阳台外吊挂杂物，有碍市容，经责令未整改`),
  T('CG-CF-007', 'organisation', '一般处罚', (p) => `当事人在${p}临街门店二楼窗外堆放纸箱杂物，有碍市容`),
];
const SEIZURE = T(
  'CG-QZ-002',
  'organisation',
  '',
  (p) => `当事人在${p}经责令停止建设后继续违法施工，依法查封施工现场及施工机具`,
);
const DEMOLITION = T(
  'CG-QZ-001',
  'person',
  '',
  (p) => `当事人在${p}违法搭建二层砖混结构房屋约120平方米，限期拆除期满未自行拆除`,
);
const INSPECTION: Template[] = [
  T('CG-JC-002', 'organisation', '', (p) => `“双随机、一公开”抽查：${p}餐饮门店油烟净化设施安装和运行情况`),
  T(
    'CG-JC-003',
    'organisation',
    '',
    (p) => `“双随机、一公开”抽查：${p}建筑工地建筑垃圾处置方案备案和清运情况`,
  ),
];

const ROADS: Record<string, string[]> = {
  'rg-dd-1': [
    '如城街道解放路',
    '如城街道海阳路',
    '如城街道中山路',
    '如城街道大司马路',
    '如城街道仁寿路',
    '如城街道集贤路',
  ],
  'rg-dd-2': ['如城街道益寿北路', '如城街道福寿东路', '如城街道惠民路', '城北街道鼎新路', '城北街道万寿北路'],
  'rg-dd-3': ['如城街道宁海南路', '如城街道海阳南路', '城南街道紫光路', '城南街道万寿南路', '城南街道雉水路'],
  'tw-rc': ['开发区兴源大道', '开发区桃园路', '开发区福寿西路', '开发区电子信息产业园'],
  'tw-cj': ['长江镇江海路', '长江镇港城路', '长江镇长江路'],
  'tw-bp': ['白蒲镇文化路', '白蒲镇公园路', '白蒲镇蒲西路'],
};
const UNITS = Object.keys(ROADS);

const COMPANY = [
  '恒达',
  '鑫源',
  '华建',
  '味香园',
  '金鼎',
  '瑞丰',
  '宏图',
  '长青',
  '通达',
  '嘉禾',
  '锦程',
  '天成',
];
const TRADE: Record<string, string> = {
  'CG-CF-006': '教育咨询有限公司',
  'CG-CF-030': '渣土运输有限公司',
  'CG-CF-013': '商贸有限公司',
  'CG-CF-031': '建筑工程有限公司',
  'CG-CF-046': '建设工程有限公司',
  'CG-CF-052': '置业有限公司',
  'CG-CF-025': '市政工程有限公司',
  'CG-CF-007': '百货商行',
  'CG-QZ-002': '房地产开发有限公司',
  'CG-JC-002': '餐饮管理有限公司',
  'CG-JC-003': '建筑安装工程有限公司',
};

interface Scenario {
  path: PathName;
  /** How many steps of the path the case has taken. */
  steps: number;
  unit: string;
  template: Template;
  /** Days ago of each step taken, oldest first (same length as `steps`). */
  when: number[];
  /** Days between discovery and the first step. */
  lead: number;
  waived?: boolean;
  /** Issue the documents each stage left behind required (seed-case-documents.ts): a chosen few cases. */
  docs?: boolean;
}

/** Step dates: the last step `last` days ago, earlier steps `gap` days apart (jittered). */
function spaced(rng: Rng, steps: number, last: number, gap: number): number[] {
  const out: number[] = [];
  let d = last;
  for (let i = 0; i < steps; i++) {
    out.unshift(d);
    d += Math.max(1, gap + rng.int(3) - 1);
  }
  return out;
}

function scenarios(rng: Rng): Scenario[] {
  const list: Scenario[] = [];
  let u = 0;
  let g = 0;
  const unit = () => UNITS[u++ % UNITS.length]!;
  const general = () => GENERAL[g++ % GENERAL.length]!;
  const add = (path: PathName, steps: number, when: number[], extra: Partial<Scenario> = {}) =>
    list.push({ path, steps, unit: unit(), template: general(), when, lead: 1 + rng.int(3), ...extra });

  // 案源登记: just reported (0 steps) — 6.
  for (let i = 0; i < 6; i++) add('general', 0, [], { lead: i });
  // 立案审批: proposed, awaiting the squad leader — 3.
  for (let i = 0; i < 3; i++) add('general', 1, [i + 1]);
  // 调查取证 — 8: filed recently, two with the 90 days nearly run out, one past them.
  for (const filedAgo of [5, 12, 20, 33, 48, 87, 88, 96])
    add('general', 2, [filedAgo + 2, filedAgo], { docs: filedAgo === 87 || filedAgo === 96 });
  // 调查终结, awaiting the head's review — 2.
  for (const last of [2, 6]) add('general', 3, spaced(rng, 3, last, 8));
  // 法制审核 — 4, one past the 7 working days.
  for (const last of [1, 3, 5, 14]) add('general', 4, spaced(rng, 4, last, 7), { docs: last === 14 });
  // 事先告知 (review passed, notice being prepared) — 1.
  add('general', 5, spaced(rng, 5, 1, 6));
  // 陈述申辩: notice served, the period running — 3.
  for (const last of [0, 1, 3]) add('general', 6, spaced(rng, 6, last, 6), { docs: last === 1 });
  // 决定 — 2 (one with a written waiver of the statement period).
  add('general', 7, spaced(rng, 7, 2, 5));
  add('general', 7, spaced(rng, 7, 1, 5), { waived: true });
  // 送达 — 2, one not served within 7 working days.
  for (const last of [2, 13]) add('general', 8, spaced(rng, 8, last, 5), { docs: last === 13 });
  // 履行 — 3: paying time running, nearly out, and past (surcharge accruing).
  for (const last of [4, 13, 24]) add('general', 9, spaced(rng, 9, last, 5));
  // 催告 after non-payment — 1.
  add('unpaid', 10, spaced(rng, 10, 6, 6));
  // 结案 (paid, awaiting archive) — 2; 归档 — 4.
  for (const last of [3, 9]) add('general', 10, spaced(rng, 10, last, 6));
  for (const last of [40, 75, 130, 210]) add('general', 11, spaced(rng, 11, last, 7), { docs: last === 40 });
  // 不予立案 — 1.
  add('declined', 2, [20, 18]);
  // A hearing case (听证 notified, then held) — 2.
  list.push({
    path: 'hearing',
    steps: 7,
    unit: 'rg-dd-3',
    template: HEARING,
    when: spaced(rng, 7, 2, 6),
    lead: 2,
  });
  list.push({
    path: 'hearing',
    steps: 8,
    unit: 'rg-dd-3',
    template: HEARING,
    when: [...spaced(rng, 7, 16, 6), 1],
    lead: 3,
    docs: true,
  });

  // 简易程序 — 9.
  const simple = (path: PathName, steps: number, when: number[], i: number, docs = false) =>
    list.push({ path, steps, unit: unit(), template: SIMPLE[i % SIMPLE.length]!, when, lead: 0, docs });
  simple('simple', 0, [], 0);
  simple('simple', 1, [0], 1);
  simple('simple', 2, [3, 3], 0);
  simple('simple', 2, [16, 16], 2);
  simple('simple', 3, [25, 25, 20], 1);
  simple('collected', 4, [8, 8, 8, 7], 0);
  for (const [i, last] of [60, 95, 150].entries())
    simple('simple', 4, [last + 20, last + 20, last + 10, last], i, i === 0);

  // 查封扣押 — 4: awaiting approval, under seizure nearly at 30 days, extended once, closed.
  const seize = (steps: number, when: number[], docs = false) =>
    list.push({ path: 'seizure', steps, unit: 'rg-dd-1', template: SEIZURE, when, lead: 1, docs });
  seize(0, []);
  seize(2, [28, 27]);
  seize(3, [36, 35, 7], true);
  seize(6, [80, 79, 51, 40, 39, 38]);

  // 强制拆除 — 4: the order running, demand served, at the public notice stage, done.
  const demolish = (steps: number, when: number[], u2: string, docs = false) =>
    list.push({ path: 'demolition', steps, unit: u2, template: DEMOLITION, when, lead: 150, docs });
  demolish(0, [], 'tw-cj');
  demolish(1, [15], 'rg-dd-1');
  demolish(3, [40, 20, 3], 'rg-dd-1', true);
  demolish(5, [120, 100, 80, 60, 59], 'tw-bp');

  // 行政检查 — 3.
  const inspect = (steps: number, when: number[], i: number) =>
    list.push({
      path: 'inspection',
      steps,
      unit: i === 0 ? 'rg-dd-3' : 'rg-dd-2',
      template: INSPECTION[i]!,
      when,
      lead: 0,
    });
  inspect(0, [], 0);
  inspect(3, [12, 10, 10], 1);
  inspect(4, [45, 44, 44, 20], 0);
  list[list.length - 1]!.docs = true;
  return list;
}

// ---- parties

function personIdNumber(rng: Rng, birth: string, male: boolean): string {
  const region = rng.pick(['320682', '320682', '320682', '320681', '320623', '321281']);
  let seq = 100 + rng.int(899);
  if (seq % 2 !== (male ? 1 : 0)) seq += seq === 998 ? -1 : 1;
  const first17 = `${region}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

function creditCode(rng: Rng): string {
  let org = 'MA';
  for (let i = 0; i < 7; i++) org += CREDIT_CODE_ALPHABET[rng.int(CREDIT_CODE_ALPHABET.length)]!;
  const first17 = `91320682${org.slice(0, 9)}`;
  return first17 + creditCodeCheckChar(first17);
}

function birthDate(rng: Rng, minor: boolean, today: string): string {
  const year = minor ? Number(today.slice(0, 4)) - 16 : 1958 + rng.int(45);
  return `${year}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
}

// ---- the walk

interface Staff {
  personId: string;
  name: string;
  userId: string | null;
}

interface Seeded {
  id: string;
  scenario: Scenario;
  discovered: string;
  officers: Staff[];
  head: Staff;
  matter: MatterItem | null;
  penalty: Penalty | null;
  partyName: string;
}

function penaltyFor(
  m: MatterItem | null,
  t: Template,
  kind: 'person' | 'organisation',
  rng: Rng,
): Penalty | null {
  if (!m || !t.tier) return null;
  const tier =
    m.discretion.find((x) => x.tier === t.tier && x.partyType === kind) ??
    m.discretion.find((x) => x.tier === t.tier && x.partyType === 'any');
  if (!tier) return null;
  const min = tier.fineMin ?? 0;
  const max = tier.fineMax ?? 0;
  // A round figure inside the range (planning matters give a share of the building cost instead).
  const fine = max > 0 ? Math.round((min + (max - min) * (0.2 + 0.6 * rng.next())) / 50) * 50 : 8000;
  return {
    kinds: m.penaltyKinds.includes('罚款') ? ['罚款'] : [...m.penaltyKinds.slice(0, 1)],
    fine: Math.min(Math.max(fine, min), max || fine),
    confiscation: null,
    measures: tier.measures || '责令改正',
    outsideStandard: false,
    reason: null,
    circumstances: tier.tier,
    range: {
      tier: tier.tier,
      partyType: tier.partyType,
      conditions: tier.conditions,
      fineMin: tier.fineMin,
      fineMax: tier.fineMax,
      measures: tier.measures,
    },
  };
}

const chinaTime = (date: string, rng: Rng) =>
  new Date(
    `${date}T${String(8 + rng.int(9)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00+08:00`,
  );

export async function seedDemoCases(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const already = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_CASES_SEEDED_KEY)
    .executeTakeFirst();
  if (already) return false;
  const rng = seededRandom(20261126);
  const today = todayInChina();
  const list = scenarios(rng);
  // Before the transaction: on PGlite the calendar read would otherwise wait for the connection it holds.
  const calendar = await loadCalendar(db);
  // The store the server started on this environment uses (documents' PDF and Word files).
  const store = blobStoreFor(loadConfig(process.env));
  const issued = { count: 0 };

  await db.transaction().execute(async (trx) => {
    const staff = await loadStaff(trx, today);
    const seeded: Seeded[] = [];
    const taken = new Set<string>();
    // Intake in the order the reports came in, so source numbers follow the dates.
    const withDates = list
      .map((s) => ({ s, discovered: addDays(today, -((s.when[0] ?? 0) + s.lead)) }))
      .sort((a, b) => (a.discovered < b.discovered ? -1 : a.discovered > b.discovered ? 1 : 0));
    const state = { minorDone: false };
    for (const { s, discovered } of withDates)
      seeded.push(await intake(trx, s, discovered, staff, rng, taken, today, state));

    // Every step of every case, in date order.
    const steps = seeded.flatMap((c) =>
      c.scenario.when.slice(0, c.scenario.steps).map((ago, k) => ({ c, k, date: addDays(today, -ago) })),
    );
    steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.k - b.k));
    for (const step of steps)
      await takeStep(trx, calendar, step.c, step.k, step.date, rng, staff, { store, issued });

    await trx
      .insertInto('meta')
      .values({ key: DEMO_CASES_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `${seeded.length} demo cases, ${steps.length} steps, ${issued.count} documents issued`,
    });
  });
  return true;
}

interface StaffIndex {
  officers: Map<string, Staff[]>;
  heads: Map<string, Staff>;
  juzhang: Staff;
  fazhike: Staff;
  fagui: Staff;
  chair: Staff;
}

async function loadStaff(trx: Tx, today: string): Promise<StaffIndex> {
  const people = await trx
    .selectFrom('people as p')
    .leftJoin('users as u', 'u.person_id', 'p.id')
    .leftJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
    .select([
      'p.id',
      'p.name',
      'p.unit_id',
      'p.position',
      'u.id as user_id',
      'u.username',
      'c.valid_to',
      'c.valid_from',
    ])
    .orderBy('p.id')
    .execute();
  const staff = (p: (typeof people)[number]): Staff => ({ personId: p.id, name: p.name, userId: p.user_id });
  const valid = (p: (typeof people)[number]) =>
    !!p.valid_to && p.valid_to >= today && (p.valid_from ?? '') <= today;
  const officers = new Map<string, Staff[]>();
  const heads = new Map<string, Staff>();
  for (const unit of UNITS) {
    const here = people.filter((p) => p.unit_id === unit && valid(p));
    const head = here.find((p) => p.position === '中队长' || p.position === '负责人');
    if (head) heads.set(unit, staff(head));
    officers.set(unit, here.filter((p) => p !== head).map(staff));
  }
  const by = (username: string) => staff(people.find((p) => p.username === username)!);
  const brigade = people.filter((p) => p.unit_id === 'rg-dd-fzk' && p.username !== 'fazhike');
  return {
    officers,
    heads,
    juzhang: by('juzhang'),
    fazhike: by('fazhike'),
    fagui: by('fagui'),
    chair: brigade[0] ? staff(brigade[0]) : by('fazhike'),
  };
}

async function matterAt(
  trx: Tx,
  code: string,
  on: string,
): Promise<{ versionId: string; matter: MatterItem } | null> {
  const versions = await trx
    .selectFrom('catalog_versions')
    .select(['id', 'filing_date'])
    .where('kind', '=', 'matters')
    .where('status', '=', 'filed')
    .orderBy('version_no', 'desc')
    .execute();
  const inForce = versions.filter((v) => (v.filing_date ?? '') <= on);
  for (const v of [...inForce, ...versions]) {
    const m = await findItem(trx, 'matters', v.id, code);
    if (m) return { versionId: v.id, matter: m };
  }
  return null;
}

async function intake(
  trx: Tx,
  s: Scenario,
  discovered: string,
  staff: StaffIndex,
  rng: Rng,
  taken: Set<string>,
  today: string,
  state: { minorDone: boolean },
): Promise<Seeded> {
  const id = randomUUID();
  const road = rng.pick(ROADS[s.unit]!);
  const place = `如皋市${road}${1 + rng.int(188)}号`;
  const procedure = pathProcedure(s.path);
  const pool = staff.officers.get(s.unit) ?? [];
  const fallback = staff.officers.get('rg-dd-1')!;
  const team = pool.length >= 2 ? pool : [...pool, ...fallback];
  const first = rng.int(team.length);
  const officers = [team[first]!, team[(first + 1 + rng.int(team.length - 1)) % team.length]!];
  const head = staff.heads.get(s.unit) ?? staff.heads.get('rg-dd-1')!;
  const found = await matterAt(trx, s.template.matter, discovered);
  const occurred = addDays(discovered, -rng.int(4));
  const source = rng.pick(['patrol', 'patrol', 'complaint', 'hotline-12345', 'digital-cityops'] as const);
  const creator = officers[0]!.userId ?? head.userId ?? 'u-zhongdui';
  await trx
    .insertInto('cases')
    .values({
      id,
      source_no: await nextSourceNo(trx, discovered),
      query_code: Array.from(
        { length: 8 },
        () => QUERY_CODE_ALPHABET[rng.int(QUERY_CODE_ALPHABET.length)],
      ).join(''),
      procedure,
      stage: PROCEDURES[procedure].start,
      unit_id: s.unit,
      source: s.path === 'inspection' ? 'inspection' : source,
      source_ref:
        source === 'hotline-12345'
          ? `12345-${discovered.replaceAll('-', '')}-${String(100 + rng.int(900))}`
          : source === 'digital-cityops'
            ? `SZCG${discovered.replaceAll('-', '')}${String(1000 + rng.int(9000))}`
            : null,
      summary: s.template.summary(road),
      place,
      occurred_on: occurred,
      discovered_on: discovered,
      matter_code: found?.matter.code ?? null,
      matter_version_id: found?.versionId ?? null,
      flags: '{}',
      created_by: creator,
      created_at: chinaTime(discovered, rng),
      updated_at: chinaTime(discovered, rng),
    })
    .execute();
  // One party is a minor (the case is then never published).
  const minor = !state.minorDone && s.template.party === 'person' && s.path === 'general' && s.steps === 2;
  if (minor) state.minorDone = true;
  const male = rng.next() < 0.7;
  const name =
    s.template.party === 'person'
      ? randomName(rng, male ? 'male' : 'female', taken)
      : `如皋市${rng.pick(COMPANY)}${TRADE[s.template.matter] ?? '实业有限公司'}`;
  await trx
    .insertInto('case_parties')
    .values({
      id: randomUUID(),
      case_id: id,
      kind: s.template.party,
      name,
      ...(s.template.party === 'person'
        ? (() => {
            const birth = birthDate(rng, minor, today);
            return { id_number: personIdNumber(rng, birth, male), birth_date: birth, minor };
          })()
        : {
            credit_code: creditCode(rng),
            legal_representative: randomName(rng, rng.next() < 0.8 ? 'male' : 'female', taken),
          }),
      address: `如皋市${rng.pick(Object.values(ROADS).flat())}${1 + rng.int(200)}号`,
      phone: randomMobile(rng),
      sort: 0,
    })
    .execute();
  for (const [i, o] of officers.entries())
    await trx
      .insertInto('case_officers')
      .values({
        case_id: id,
        person_id: o.personId,
        role: i === 0 ? 'lead' : 'assist',
        assigned_at: chinaTime(discovered, rng),
        assigned_by: null,
      })
      .execute();
  await event(trx, id, officers[0]!, chinaTime(discovered, rng), {
    action: 'intake',
    to: PROCEDURES[procedure].start,
    payload: { source, procedure },
  });
  const penalty = penaltyFor(found?.matter ?? null, s.template, s.template.party, rng);
  if (s.path === 'hearing' && penalty) penalty.fine = 6000;
  return {
    id,
    scenario: s,
    discovered,
    officers,
    head,
    matter: found?.matter ?? null,
    penalty,
    partyName: name,
  };
}

function pathProcedure(path: PathName): Exclude<ProcedureCode, 'legal-review'> {
  if (path === 'seizure' || path === 'demolition' || path === 'inspection') return path;
  if (path === 'simple' || path === 'collected') return 'simple';
  return 'general';
}

async function event(
  trx: Tx,
  caseId: string,
  who: Staff,
  at: Date,
  e: { action: string; from?: string; to?: string; payload?: object; reason?: string },
) {
  await trx
    .insertInto('case_events')
    .values({
      id: randomUUID(),
      case_id: caseId,
      action: e.action,
      from_stage: e.from ?? null,
      to_stage: e.to ?? null,
      actor_id: who.userId,
      actor_name: who.name,
      at,
      payload: JSON.stringify(e.payload ?? {}),
      reason: e.reason ?? null,
    })
    .execute();
}

function actorFor(
  roles: readonly RoleCode[],
  c: Seeded,
  staff: StaffIndex,
): { who: Staff; roles: RoleCode[] } {
  if (roles.includes('officer') || roles.includes('township_officer'))
    return {
      who: c.officers[0]!,
      roles: [c.scenario.unit.startsWith('tw-') ? 'township_officer' : 'officer'],
    };
  if (roles.includes('squad_leader')) return { who: c.head, roles: ['squad_leader'] };
  if (roles.includes('brigade_reviewer')) return { who: staff.fazhike, roles: ['brigade_reviewer'] };
  return { who: staff.juzhang, roles: ['bureau_head'] };
}

async function takeStep(
  trx: Tx,
  calendar: WorkingCalendar,
  c: Seeded,
  k: number,
  date: string,
  rng: Rng,
  staff: StaffIndex,
  documents: { store: BlobStore; issued: { count: number } },
) {
  const action = PATHS[c.scenario.path][k]!;
  const row = await loadCaseRow(trx, c.id, null);
  const t = findTransition(row.procedure, row.stage, action);
  if (!t) throw new Error(`demo case ${row.source_no}: no ${action} from ${row.stage}`);
  const at = chinaTime(date, rng);
  const placeholder: Actor = {
    userId: 'u-zhongdui',
    username: 'demo',
    displayName: '',
    unitId: c.scenario.unit,
    unitName: '',
    roles: [],
    sessionId: null,
  };
  const stageRoles = rolesFor({ procedure: PROCEDURES[row.procedure] } as CaseBundle, t);
  // The head signs the investigation result off when it goes to review (行政处罚法 art. 57).
  const { who, roles } =
    action === 'submit-legal-review'
      ? { who: c.head, roles: ['squad_leader' as RoleCode] }
      : actorFor(stageRoles, c, staff);
  const actor: Actor = { ...placeholder, userId: who.userId ?? who.personId, displayName: who.name, roles };

  // What the officers did before this act: the penalty proposed when the investigation closed, reviews
  // recorded before a review passes.
  if (action === 'close-investigation' && c.penalty) {
    await trx
      .updateTable('cases')
      .set({ proposed_penalty: JSON.stringify(c.penalty), circumstances: c.penalty.circumstances })
      .where('id', '=', c.id)
      .execute();
    await event(trx, c.id, c.officers[0]!, new Date(at.getTime() - 3600_000), {
      action: 'penalty-proposed',
      payload: { penalty: c.penalty },
    });
  }
  if (action === 'pass-review') {
    const fresh = await loadCaseRow(trx, c.id, null);
    const parties = await trx
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', c.id)
      .orderBy('sort')
      .execute();
    const major = c.scenario.path === 'hearing' || hearingEligible(c.penalty, parties, DEFAULT_LOCAL_RULES);
    const levels: ('brigade' | 'bureau')[] = major ? ['brigade', 'bureau'] : ['brigade'];
    for (const [i, level] of levels.entries()) {
      const reviewer = level === 'brigade' ? staff.fazhike : staff.fagui;
      const when = new Date(at.getTime() - (levels.length - i) * 3600_000);
      await trx
        .insertInto('case_reviews')
        .values({
          id: randomUUID(),
          case_id: c.id,
          level,
          outcome: 'approved',
          draft_digest: draftDigest(fresh, parties),
          opinion: '主体合法，事实清楚，证据确凿，定性准确，适用依据正确，程序合法，裁量适当，同意。',
          reviewer_id: reviewer.userId!,
          reviewer_name: reviewer.name,
          created_at: when,
        })
        .execute();
      await event(trx, c.id, reviewer, when, {
        action: 'review-recorded',
        payload: { level, outcome: 'approved' },
      });
    }
  }

  // The documents the stage being left required, issued that day before the act (P-06, R-02).
  if (c.scenario.docs) {
    const stage = PROCEDURES[row.procedure].stages.find((x) => x.code === t.from);
    for (const [i, kind] of (stage?.requiredDocuments ?? []).entries()) {
      const issuer =
        kind === 'legal-review-opinion'
          ? staff.fazhike
          : kind === 'closing-approval'
            ? c.head
            : c.officers[0]!;
      await issueDemoDocument(trx, documents.store, {
        caseId: c.id,
        kind,
        draft: demoDraftInput(kind, { summary: row.summary, place: row.place, issuedOn: date }),
        issuedOn: date,
        issuedAt: new Date(at.getTime() - (90 - i * 10) * 60_000),
        userId: issuer.userId ?? null,
      });
      documents.issued.count++;
    }
  }

  const payload = payloadFor(action, c, date, rng, staff);
  const reason = reasonFor(action);
  const after = await loadCaseRow(trx, c.id, null);
  const ctx = {
    ...(await loadBundle(trx, calendar, after, actor, date, at)),
    transition: t,
    payload,
    reason,
  };
  const effects = await computeEffects(trx, ctx);
  await moveDeadlines(trx, ctx, t, effects.milestones);
  await trx
    .updateTable('cases')
    .set({
      ...effects.set,
      stage: t.to,
      status: statusAfter(ctx, t.to),
      flags: JSON.stringify(effects.flags),
      milestones: JSON.stringify(effects.milestones),
      version: after.version + 1,
      updated_at: at,
    })
    .where('id', '=', c.id)
    .execute();
  // Deadlines started by this step carry its time, so they list in the order they began.
  await trx
    .updateTable('case_deadlines')
    .set({ created_at: at })
    .where('case_id', '=', c.id)
    .where('created_at', '>', at)
    .execute();
  await event(trx, c.id, who, at, { action, from: t.from, to: t.to, payload, ...(reason ? { reason } : {}) });
}

function reasonFor(action: string): string | undefined {
  switch (action) {
    case 'decline-filing':
      return '经核查，该处违法行为已由属地镇（区）城管机构立案查处，不属重复立案';
    case 'extend-seizure':
      return '涉案施工机具权属存在争议，需进一步调查核实，经局负责人批准延长三十日';
    case 'approve-measure':
      return '当事人经责令后仍继续违法施工，同意依法查封施工现场';
    default:
      return undefined;
  }
}

function payloadFor(action: string, c: Seeded, date: string, rng: Rng, staff: StaffIndex): ActionPayload {
  const decision = {
    facts: `${c.scenario.template.summary(c.partyName)}。以上事实有现场检查笔录、询问笔录、现场照片等证据证实。`,
    evidence: ['现场检查（勘验）笔录', '询问笔录', `现场照片${4 + rng.int(8)}张`, '当事人身份证明'],
    basis: c.matter ? `依据${c.matter.name.replace(/^对|的行政处罚$/g, '')}的相关规定` : '依据相关法律法规',
    performance: '自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款',
    sealed: true,
  };
  const seizure = {
    items: [
      { name: '挖掘机', quantity: '1台' },
      { name: '钢管脚手架', quantity: '约200根' },
      { name: '施工现场', quantity: '1处' },
    ],
    place: '施工现场',
    notNecessities: true,
    notSealedElsewhere: true,
  };
  switch (action) {
    case 'close-investigation':
    case 'apply-simple-procedure':
    case 'record-inspection':
      return { certificateShown: true };
    case 'submit-legal-review':
    case 'review-after-hearing':
      return { headOpinion: '调查终结，事实清楚，同意提交法制审核' };
    case 'serve-prior-notice':
      return { servedOn: date, serviceMode: 'direct', hearingRightsNotified: c.scenario.path === 'hearing' };
    case 'review-statement':
      return c.scenario.waived
        ? { statementWaiver: { signedOn: date, note: '当事人书面表示放弃陈述、申辩权利' } }
        : { statementReview: '当事人在期限内未提出陈述、申辩' };
    case 'request-hearing':
      return { requestedOn: date };
    case 'hold-hearing':
      return {
        hearingNoticeServedOn: addDays(date, -13),
        hearingDate: date,
        chairPersonId: staff.chair.personId,
      };
    case 'issue-decision':
      return { decision };
    case 'deliver-decision':
      return {
        decision: { ...decision, performance: '自收到本决定书之日起十五日内缴纳罚款' },
        onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true },
      };
    case 'confirm-service':
      return {
        servedOn: date,
        serviceMode: rng.pick(['direct', 'direct', 'post', 'family-member'] as const),
      };
    case 'confirm-performance':
    case 'confirm-payment':
      return { paidOn: date, amountPaid: c.penalty?.fine ?? 0 };
    case 'collect-on-the-spot':
      return { collection: { receiptNo: `苏财罚${String(10000000 + rng.int(89999999))}` } };
    case 'issue-demand':
      return c.scenario.path === 'demolition'
        ? { servedOn: date, orderServedOn: addDays(date, -45), orderDeadline: addDays(date, -15) }
        : { servedOn: date, serviceMode: 'direct' };
    case 'decide-enforcement':
      return { demandStatement: { made: false } };
    case 'announce':
      return {
        servedOn: date,
        serviceMode: 'direct',
        announcement: { publishedOn: date, selfDemolitionBy: addDays(date, 10) },
        decision: {
          facts: decision.facts,
          basis: '《中华人民共和国城乡规划法》第六十八条、《中华人民共和国行政强制法》第四十四条',
          performance: '逾期不拆除的，依法强制拆除',
          sealed: true,
        },
      };
    case 'start-demolition':
      return { startAt: `${date}T09:00:00+08:00` };
    case 'complete-demolition':
      return { footage: [`执法记录仪-${date.replaceAll('-', '')}-01`] };
    case 'approve-measure':
      return { seizure };
    case 'complete-seizure':
      return {
        seizedOn: date,
        deliveredOn: date,
        seizure,
        certificateShown: true,
        onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true },
        footage: [`执法记录仪-${date.replaceAll('-', '')}-02`],
        decision: {
          facts: '当事人经责令停止建设后继续违法施工',
          basis: '《中华人民共和国城乡规划法》第六十八条',
          sealed: true,
        },
      };
    case 'extend-seizure':
      return { extensionDays: 30 };
    default:
      return {};
  }
}
