import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { computeFigures } from '../annual-report/figures.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { newQueryCode, nextSourceNo } from '../cases/numbering.js';
import { currentVersion } from '../catalog/version-query.js';
import { todayInChina } from '../clock.js';
import type { RequestContext, Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import type { WindowMaterial } from '../db/schema-publicity-reports.js';
import { windowColumns } from '../windows/window-query.js';

// Demo data for issue 7 items 4, 5, 7: one revoked certificate (expired ones come with the people), three
// service windows, a small 2025 history (on-the-spot penalties, inspections, reconsiderations and a suit)
// whose annual report was drafted, approved by the head and published on 8 January 2026, and the 2026
// draft computed from this year's demo cases.

export const DEMO_PUBLICITY_REPORTS_KEY = 'demo_publicity_reports_seeded_at';

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

export async function seedDemoPublicityReports(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const done = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_PUBLICITY_REPORTS_KEY)
    .executeTakeFirst();
  if (done) return false;
  await db.transaction().execute(async (trx) => {
    await revokeOne(trx);
    await seedWindows(trx);
    const history = await seed2025(trx);
    await seedRemedies(trx);
    await seedReports(trx);
    await trx
      .insertInto('meta')
      .values({ key: DEMO_PUBLICITY_REPORTS_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `publicity reports: 1 revoked certificate, 3 windows, ${history} cases of 2025, 4 remedies, 2 annual reports`,
    });
  });
  return true;
}

/** A certificate of someone without an account, revoked when the officer left enforcement work. */
async function revokeOne(trx: Tx) {
  const cert = await trx
    .selectFrom('enforcement_certificates as c')
    .leftJoin('users as u', 'u.person_id', 'c.person_id')
    .leftJoin('case_officers as o', 'o.person_id', 'c.person_id')
    .select(['c.id'])
    .where('u.id', 'is', null)
    .where('o.case_id', 'is', null)
    .where('c.revoked_at', 'is', null)
    .where('c.valid_to', '>', todayInChina())
    .orderBy('c.id', 'desc')
    .executeTakeFirst();
  if (!cert) return;
  await trx
    .updateTable('enforcement_certificates')
    .set({ revoked_at: at('2026-09-15', '15:30'), revoked_reason: '调离行政执法岗位，证件收回注销' })
    .where('id', '=', cert.id)
    .execute();
}

const COMPLAINTS = [{ channel: '窗口服务投诉', contact: '政务服务中心城管窗口负责人 0513-87600122' }];

async function seedWindows(trx: Tx) {
  const sample = (lines: string[]) => lines.join('\n');
  const windows: {
    code: string;
    name: string;
    post: string;
    duties: string[];
    matters: string[];
    materials: WindowMaterial[];
  }[] = [
    {
      code: 'A08',
      name: '城市管理综合受理窗口',
      post: '综合受理岗',
      duties: [
        '受理城市管理类行政许可申请，一次性告知所需材料',
        '对申请材料进行形式审查，材料齐全的当场出具受理通知书',
        '解答群众咨询，引导办理进度查询',
        '接收群众对违法行为的举报并登记转办',
      ],
      matters: [
        '城市建筑垃圾处置核准',
        '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批',
        '临时占用城市道路审批',
      ],
      materials: [
        {
          name: '行政许可申请书',
          required: true,
          sample: sample([
            '申请人：如皋市某某建设工程有限公司',
            '统一社会信用代码：91320682MA1XXXXXXX',
            '申请事项：城市建筑垃圾处置核准',
            '申请日期：2026年3月2日（加盖公章）',
          ]),
        },
        {
          name: '申请人身份证明（营业执照或身份证复印件）',
          required: true,
          sample: '复印件注明“与原件一致”并由申请人签字或盖章',
        },
        {
          name: '授权委托书（委托他人办理的）',
          required: false,
          sample: '委托人：某某公司；受托人：张某；委托事项：代为提交申请材料、领取决定书',
        },
      ],
    },
    {
      code: 'A09',
      name: '市政设施与户外广告审批窗口',
      post: '审批服务岗',
      duties: ['办理临时占用、挖掘城市道路审批', '办理户外广告设置审批', '对已批准事项进行事中事后监管告知'],
      matters: ['临时占用城市道路审批', '挖掘城市道路审批', '户外广告设置审批'],
      materials: [
        {
          name: '占道（挖掘）施工方案及平面示意图',
          required: true,
          sample: sample([
            '占用位置：海阳南路东侧人行道',
            '占用面积：3米×12米',
            '占用期限：2026年4月1日至4月15日',
            '安全措施：设置围挡和夜间警示灯',
          ]),
        },
        {
          name: '交通安全保障措施（涉及机动车道的）',
          required: false,
          sample: '经公安交管部门同意的交通组织方案',
        },
      ],
    },
    {
      code: 'A10',
      name: '投诉举报与执法咨询窗口',
      post: '投诉受理岗',
      duties: [
        '受理对城市管理违法行为的投诉举报',
        '受理对执法人员执法行为的投诉',
        '提供行政执法事项、执法依据和救济途径咨询',
      ],
      matters: [],
      materials: [
        {
          name: '投诉举报登记表（窗口提供）',
          required: false,
          sample: sample([
            '投诉事项：某路段夜间施工噪声扰民',
            '发生地点：如城街道某小区东侧',
            '联系方式：可匿名，如需回复请留电话',
          ]),
        },
      ],
    },
  ];
  for (const [i, w] of windows.entries())
    await trx
      .insertInto('service_windows')
      .values({
        id: `win-demo-${w.code}`,
        ...windowColumns({
          ...w,
          location: `如皋市政务服务中心二楼 ${w.code} 号窗口`,
          hours: '工作日 上午8:30—12:00，下午1:30—5:30（法定节假日除外）',
          consultationPhone: `0513-876001${20 + i}`,
          consultationNote: '窗口午间不休息的，可提前电话预约',
          complaints: COMPLAINTS,
          active: true,
          sort: i + 1,
        }),
        created_by: 'u-gongshi',
      })
      .execute();
}

const SHOPS = [
  '如皋市聚福楼餐饮店',
  '如皋市鑫源五金经营部',
  '如皋市百味小吃店',
  '如皋市华联便利店',
  '如皋市顺发汽车美容店',
  '如皋市安居装饰材料店',
];

/** 2025: six on-the-spot penalties (paid) and two inspections, archived; returns how many cases. */
async function seed2025(trx: Tx): Promise<number> {
  const version = await currentVersion(trx, 'matters');
  if (!version) return 0;
  const matters = await trx
    .selectFrom('matter_items')
    .select(['code', 'category', 'name'])
    .where('version_id', '=', version.id)
    .orderBy('code')
    .execute();
  const penalties = matters.filter((m) => m.category === '行政处罚').slice(0, 3);
  const inspection = matters.find((m) => m.category === '行政检查');
  const officers = await trx
    .selectFrom('people as p')
    .innerJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
    .leftJoin('users as u', 'u.person_id', 'p.id')
    .select(['p.id', 'p.name', 'u.id as user_id'])
    .where('p.unit_id', '=', 'rg-dd-1')
    .where('c.revoked_at', 'is', null)
    .where('c.valid_to', '>', todayInChina())
    .orderBy('u.id')
    .orderBy('p.id')
    .limit(2)
    .execute();
  if (officers.length < 2 || penalties.length === 0) return 0;
  const lead = officers[0]!;
  const actor = { id: lead.user_id ?? 'u-zhifa', name: lead.name };
  let n = 0;
  const penaltyDays = ['2025-03-12', '2025-05-20', '2025-06-03', '2025-08-14', '2025-10-22', '2025-12-09'];
  for (const [i, day] of penaltyDays.entries()) {
    const matter = penalties[i % penalties.length]!;
    const fine = [200, 100, 200, 50, 200, 150][i]!;
    const decision = {
      penalty: {
        kinds: ['罚款'],
        fine,
        confiscation: null,
        measures: '',
        outsideStandard: false,
        reason: null,
        circumstances: null,
        range: null,
      },
      facts: `当事人在经营场所外占道经营（${matter.name}），经现场责令仍未改正。`,
      evidence: ['现场照片', '现场笔录'],
      basis: matter.name,
      performance: '当场缴纳',
      remedies: '如不服本决定，可在六十日内申请行政复议，或在六个月内提起行政诉讼。',
      authority: '如皋市城市管理局',
      decidedOn: day,
      sealed: true,
    };
    await historicCase(trx, {
      procedure: 'simple',
      day,
      matterCode: matter.code,
      summary: `${SHOPS[i]}${matter.name.slice(0, 24)}`,
      party: SHOPS[i]!,
      officers: officers.map((o) => o.id),
      actor,
      decision,
      payment: { paidOn: day, amount: fine },
      steps: [
        ['intake', null, 'on-site'],
        ['apply-simple-procedure', 'on-site', 'decision'],
        ['deliver-decision', 'decision', 'performance'],
        ['confirm-payment', 'performance', 'recorded'],
        ['archive', 'recorded', 'archived'],
      ],
    });
    n++;
  }
  for (const [i, day] of ['2025-04-17', '2025-11-05'].entries()) {
    await historicCase(trx, {
      procedure: 'inspection',
      day,
      matterCode: inspection?.code ?? null,
      summary: `“双随机”抽查：${i === 0 ? '沿街门店门前责任区' : '建筑工地渣土运输'}`,
      party: SHOPS[i + 2]!,
      officers: officers.map((o) => o.id),
      actor,
      decision: null,
      payment: null,
      steps: [
        ['intake', null, 'plan'],
        ['assign-inspectors', 'plan', 'on-site'],
        ['record-inspection', 'on-site', 'result'],
        ['close-compliant', 'result', 'closed'],
      ],
    });
    n++;
  }
  return n;
}

async function historicCase(
  trx: Tx,
  c: {
    procedure: 'simple' | 'inspection';
    day: string;
    matterCode: string | null;
    summary: string;
    party: string;
    officers: string[];
    actor: { id: string; name: string };
    decision: Record<string, unknown> | null;
    payment: { paidOn: string; amount: number } | null;
    steps: [string, string | null, string][];
  },
) {
  const id = randomUUID();
  const final = c.steps[c.steps.length - 1]![2];
  await trx
    .insertInto('cases')
    .values({
      id,
      source_no: await nextSourceNo(trx, c.day),
      query_code: newQueryCode(),
      procedure: c.procedure,
      stage: final,
      status: c.procedure === 'simple' ? 'archived' : 'closed',
      unit_id: 'rg-dd-1',
      source: c.procedure === 'inspection' ? 'inspection' : 'patrol',
      summary: c.summary,
      place: '如皋市海阳南路',
      occurred_on: c.day,
      discovered_on: c.day,
      matter_code: c.matterCode,
      decision: c.decision ? JSON.stringify(c.decision) : null,
      flags: JSON.stringify(c.payment ? { payment: c.payment } : {}),
      milestones: JSON.stringify(c.decision ? { 'decision-made': c.day, 'decision-served': c.day } : {}),
      created_by: c.actor.id,
      created_at: at(c.day, '09:30'),
      updated_at: at(c.day, '16:00'),
    })
    .execute();
  await trx
    .insertInto('case_parties')
    .values({ id: randomUUID(), case_id: id, kind: 'organisation', name: c.party, sort: 0 })
    .execute();
  for (const [i, p] of c.officers.entries())
    await trx
      .insertInto('case_officers')
      .values({
        case_id: id,
        person_id: p,
        role: i === 0 ? 'lead' : 'assist',
        assigned_at: at(c.day, '09:30'),
      })
      .execute();
  for (const [k, [action, from, to]] of c.steps.entries())
    await trx
      .insertInto('case_events')
      .values({
        id: randomUUID(),
        case_id: id,
        action,
        from_stage: from,
        to_stage: to,
        actor_id: c.actor.id,
        actor_name: c.actor.name,
        at: at(c.day, `${10 + k}:00`),
        payload: '{}',
        reason: null,
      })
      .execute();
}

async function seedRemedies(trx: Tx) {
  const rows = [
    {
      kind: 'reconsideration',
      decision_no: '皋城管罚决〔2025〕第0031号',
      applicant: '如皋市某某建材经营部',
      organ: '如皋市人民政府',
      filed_on: '2025-04-08',
      outcome: 'upheld',
      outcome_on: '2025-06-02',
    },
    {
      kind: 'reconsideration',
      decision_no: '皋城管罚决〔2025〕第0057号',
      applicant: '王某',
      organ: '如皋市人民政府',
      filed_on: '2025-09-10',
      outcome: 'changed',
      outcome_on: '2025-11-18',
      note: '复议机关认为罚款数额偏高，变更为警告',
    },
    {
      kind: 'suit',
      decision_no: '皋城管罚决〔2025〕第0064号',
      applicant: '如皋市某某运输有限公司',
      organ: '如皋市人民法院',
      filed_on: '2025-12-01',
      outcome: 'dismissed',
      outcome_on: '2026-03-20',
    },
    {
      kind: 'reconsideration',
      decision_no: '皋城管罚决〔2026〕第0012号',
      applicant: '李某',
      organ: '如皋市人民政府',
      filed_on: '2026-10-20',
      outcome: 'pending',
      outcome_on: null,
    },
  ] as const;
  for (const r of rows)
    await trx
      .insertInto('remedy_cases')
      .values({ id: `rm-demo-${r.decision_no.slice(-6, -1)}`, ...r, created_by: 'u-fagui' })
      .execute();
}

async function seedReports(trx: Tx) {
  const users = await trx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', ['u-gongshi', 'u-juzhang'])
    .execute();
  const name = (id: string) => users.find((u) => u.id === id)?.display_name ?? id;
  // 2025: computed on 5 January 2026, approved on the 7th, published on the 8th (due the 10th).
  const f2025 = await computeFigures(trx, 2025, at('2026-01-05'));
  await trx
    .insertInto('annual_reports')
    .values({
      year: 2025,
      status: 'published',
      figures: JSON.stringify(f2025),
      computed_at: at('2026-01-05'),
      computed_as_of: f2025.asOf,
      version: 4,
      drafted_by: 'u-gongshi',
      drafted_by_name: name('u-gongshi'),
      submitted_by: 'u-gongshi',
      submitted_at: at('2026-01-05', '16:00'),
      reviewed_by: 'u-juzhang',
      reviewed_by_name: name('u-juzhang'),
      reviewed_at: at('2026-01-07', '09:20'),
      review_opinion: '数据已与业务科室核对，同意公开，并报市政府和上级主管部门。',
      published_by: 'u-gongshi',
      published_at: at('2026-01-08', '09:00'),
      published_on: '2026-01-08',
    })
    .execute();
  const f2026 = await computeFigures(trx, 2026);
  await trx
    .insertInto('annual_reports')
    .values({
      year: 2026,
      status: 'draft',
      figures: JSON.stringify(f2026),
      computed_at: new Date(),
      computed_as_of: f2026.asOf,
      drafted_by: 'u-gongshi',
      drafted_by_name: name('u-gongshi'),
    })
    .execute();
}
