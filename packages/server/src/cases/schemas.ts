import { z } from 'zod';
import { pageQuery, paginated } from '../people/schemas.js';

// The shapes of docs/contracts/cases-api.md. Field messages are Chinese first: the console shows them beside
// the field they name.

const date = (label: string) => z.iso.date({ error: `${label}须为日期（YYYY-MM-DD）` });
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` });

export const CASE_SOURCES = [
  'patrol',
  'complaint',
  'hotline-12345',
  'digital-cityops',
  'transfer',
  'inspection',
] as const;
export const CASE_PROCEDURES = ['simple', 'general', 'seizure', 'demolition', 'inspection'] as const;

const personParty = z.object({
  kind: z.literal('person'),
  name: text('当事人姓名', 50),
  idNumber: optionalText('公民身份号码', 30).optional(),
  /** For a party without an ID number whose age is known otherwise. */
  minor: z.boolean().optional(),
  address: optionalText('住址', 200).optional(),
  phone: optionalText('联系电话', 30).optional(),
});

const organisationParty = z.object({
  kind: z.literal('organisation'),
  name: text('单位名称', 100),
  creditCode: optionalText('统一社会信用代码', 30).optional(),
  creditCodeOverride: z.object({ reason: text('登记原因', 200), approvedBy: text('批准人', 50) }).optional(),
  legalRepresentative: optionalText('法定代表人', 50).optional(),
  address: optionalText('住所', 200).optional(),
  phone: optionalText('联系电话', 30).optional(),
});

export const partyInput = z.discriminatedUnion('kind', [personParty, organisationParty], {
  error: '当事人类型须为 person（自然人）或 organisation（单位）',
});
export type PartyInput = z.infer<typeof partyInput>;

export const officerInput = z.object({
  personId: text('办案人员', 64),
  role: z.enum(['lead', 'assist'], { error: '办案角色须为 lead（主办）或 assist（协办）' }),
});

export const createCaseBody = z.object({
  source: z.enum(CASE_SOURCES, { error: `案件来源须为以下之一：${CASE_SOURCES.join('、')}` }),
  sourceRef: optionalText('来源编号', 100).optional(),
  summary: text('案情摘要', 2000),
  place: text('发生地点', 200),
  occurredOn: date('违法行为发生日期'),
  discoveredOn: date('发现日期'),
  procedure: z.enum(CASE_PROCEDURES, {
    error: '适用程序须为 simple、general、seizure、demolition 或 inspection',
  }),
  matterCode: optionalText('执法事项编码', 40).optional(),
  unitId: text('承办单位', 64),
  /** The conduct harms life, health or financial safety (行政处罚法 art. 36: five-year limitation). */
  harmsSafety: z.boolean().optional(),
  parties: z.array(partyInput).max(20, { error: '当事人不能超过20个' }).default([]),
  officers: z.array(officerInput).max(10, { error: '办案人员不能超过10名' }).default([]),
});

export const caseIdParams = z.object({ id: z.string().min(1).max(64) });
export const actionParams = caseIdParams.extend({ action: z.string().min(1).max(64) });
export const partyParams = caseIdParams.extend({ partyId: z.string().min(1).max(64) });
export const officerParams = caseIdParams.extend({ personId: z.string().min(1).max(64) });
export const deadlineParams = caseIdParams.extend({ deadlineId: z.string().min(1).max(64) });

export const listCasesQuery = z.object({
  ...pageQuery,
  stage: z.string().max(64).optional(),
  procedure: z.enum(CASE_PROCEDURES).optional(),
  status: z.enum(['open', 'closed', 'archived']).optional(),
  unitId: z.string().max(64).optional(),
  officer: z.string().max(64).optional(),
  matter: z.string().max(40).optional(),
  party: z.string().trim().max(50).optional(),
  due: z.enum(['soon', 'overdue']).optional(),
  q: z.string().trim().max(50).optional(),
});

const serviceModes = [
  'direct',
  'family-member',
  'left-with-witness',
  'electronic',
  'post',
  'public-notice',
] as const;

/**
 * The payload an action may carry: the facts it records (service dates, the hearing, the decision…). Each
 * field is read by the guard or effect that needs it (cases/README.md lists which action reads which).
 * Unknown fields are refused so that a misspelt fact cannot silently go missing.
 */
export const actionPayload = z
  .object({
    note: optionalText('说明', 2000),
    servedOn: date('送达日期'),
    serviceMode: z.enum(serviceModes, { error: `送达方式须为以下之一：${serviceModes.join('、')}` }),
    electronicConsent: z.boolean(),
    hearingRightsNotified: z.boolean(),
    requestedOn: date('申请日期'),
    hearingNoticeServedOn: date('听证通知送达日期'),
    hearingDate: date('听证日期'),
    chairPersonId: text('听证主持人', 64),
    partyAbsent: z.boolean(),
    statementWaiver: z.object({
      signedOn: date('放弃陈述申辩的签署日期'),
      note: optionalText('说明', 500).default(''),
    }),
    statementReview: text('陈述申辩复核意见', 2000),
    certificateShown: z.boolean(),
    headOpinion: text('负责人审查意见', 2000),
    harmsSafety: z.boolean(),
    major: z.boolean(),
    complex: z.boolean(),
    collectiveMinutes: text('集体讨论纪要', 5000),
    // The elements of the decision (art. 59; 行政强制法 arts. 24, 37). All optional here: the guard
    // 'decision-elements-complete' names whatever is missing, with the article.
    decision: z
      .object({
        facts: text('违法事实', 5000),
        evidence: z.array(text('证据', 500)).max(100),
        basis: text('处罚依据', 2000),
        performance: text('履行方式和期限', 1000),
        remedies: text('救济途径', 1000),
        sealed: z.boolean(),
      })
      .partial(),
    seizure: z.object({
      items: z
        .array(z.object({ name: text('物品名称', 100), quantity: text('数量', 50) }))
        .min(1, { error: '请列明查封扣押的场所、设施或财物' })
        .max(200),
      place: text('查封扣押地点', 200),
      notNecessities: z.boolean(),
      notSealedElsewhere: z.boolean(),
    }),
    seizedOn: date('查封扣押日期'),
    onSiteRecord: z.object({
      rightsTold: z.boolean(),
      partyPresent: z.boolean(),
      witness: optionalText('见证人', 50).optional(),
      signedOrRefusalNoted: z.boolean(),
    }),
    deliveredOn: date('交付日期'),
    footage: z.array(text('音像记录编号', 200)).max(50),
    footageWaiver: text('无音像记录的书面说明', 1000),
    extensionDays: z.number().int().min(1).max(365),
    transferTo: text('移送机关', 100),
    propertyTransferred: z.boolean(),
    orderServedOn: date('限期拆除决定送达日期'),
    orderDeadline: date('限期拆除期限'),
    demandStatement: z.object({ made: z.boolean(), review: optionalText('复核意见', 2000).optional() }),
    announcement: z.object({ publishedOn: date('公告日期'), selfDemolitionBy: date('自行拆除期限') }),
    startAt: z.iso.datetime({ offset: true, error: '实施时间须为带时区的时间' }),
    emergencyReason: text('紧急情况说明', 1000),
    collection: z.object({
      receiptNo: text('专用票据号', 50),
      impracticableReason: optionalText('说明', 500).optional(),
    }),
    paidOn: date('缴款日期'),
    amountPaid: z.number().nonnegative(),
    remedyPending: z.boolean(),
  })
  .partial()
  .strict();
export type ActionPayload = z.infer<typeof actionPayload>;

export const actionBody = z.object({
  payload: actionPayload.default({}),
  reason: optionalText('理由', 2000).optional(),
  version: z.number({ error: '请提供案件版本号（version）' }).int().positive(),
});

export const penaltyBody = z.object({
  circumstances: text('裁量情节', 20),
  kinds: z.array(text('处罚种类', 30)).max(10).default([]),
  fine: z
    .number({ error: '罚款金额须为数字（元）' })
    .nonnegative()
    .max(100_000_000_000)
    .nullable()
    .default(null),
  confiscation: z.number().nonnegative().max(100_000_000_000).nullable().default(null),
  measures: optionalText('处理措施', 1000).default(''),
  reason: optionalText('理由', 2000).optional(),
  version: z.number().int().positive().optional(),
});

export const recusalBody = z.object({
  reason: text('回避理由', 1000),
  /** 'requested' records a request (the guard holds the case until it is decided); default decides it. */
  decision: z.enum(['requested', 'recused', 'rejected']).default('recused'),
});

export const suspendBody = z.object({
  from: date('中止开始日期'),
  to: date('中止结束日期').optional(),
  reason: text('中止理由', 1000),
});
export const resumeBody = z.object({
  on: date('恢复计算日期'),
  reason: optionalText('说明', 1000).optional(),
});
export const extendBody = z.object({
  days: z.number({ error: '延长天数须为整数' }).int().min(1).max(365),
  reason: text('延长理由', 1000),
});

export const reviewBody = z.object({
  outcome: z.enum(['approved', 'returned', 'disagreed']),
  opinion: text('审核意见', 5000),
});

export const approvalBody = z.object({
  kind: z.enum(['head-review', 'evidence-preservation', 'coercive-measure']),
  opinion: text('审批意见', 2000),
});

export const progressQuery = z.object({
  caseNo: z.string().trim().min(1).max(64),
  code: z.string().trim().min(1).max(32),
});

// ---- responses (kept loose where the engine's shapes are already typed in code)

const refusal = z.object({
  guard: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  articles: z.array(z.object({ law: z.string(), lawName: z.string(), articles: z.array(z.number()) })),
  missing: z.array(z.string()).optional(),
});

const deadline = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  nameEn: z.string(),
  stage: z.string(),
  limitKind: z.enum(['deadline', 'wait']),
  from: z.string(),
  days: z.number(),
  unit: z.enum(['working', 'calendar']),
  rule: z.string(),
  due: z.string(),
  explanation: z.string(),
  explanationEn: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), messageEn: z.string() })),
  status: z.enum(['running', 'met', 'stopped']),
  endedOn: z.string().nullable(),
  suspended: z.boolean(),
  suspensions: z.array(
    z.object({
      from: z.string(),
      to: z.string().optional(),
      reason: z.string(),
      approvedBy: z.string(),
      approvedAt: z.string(),
      resumedBy: z.string().optional(),
    }),
  ),
  extensions: z.array(
    z.object({ days: z.number(), reason: z.string(), approvedBy: z.string(), approvedAt: z.string() }),
  ),
  daysLeft: z.number(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  elapsed: z.boolean(),
});

const party = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  minor: z.boolean(),
  creditCode: z.string().nullable(),
  creditCodeOverride: z
    .object({ reason: z.string(), approvedBy: z.string(), expected: z.string() })
    .nullable(),
  legalRepresentative: z.string().nullable(),
  address: z.string(),
  phone: z.string(),
});

const officer = z.object({
  personId: z.string(),
  name: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(['lead', 'assist']),
  assignedAt: z.string(),
  certificate: z
    .object({ number: z.string(), validFrom: z.string(), validTo: z.string(), status: z.string() })
    .nullable(),
  certified: z.boolean(),
  active: z.boolean(),
  recusal: z
    .object({
      requestedAt: z.string().nullable(),
      requestReason: z.string().nullable(),
      decision: z.enum(['recused', 'rejected']).nullable(),
      recusedAt: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});

const json = z.record(z.string(), z.unknown());

export const caseSchema = z.object({
  id: z.string(),
  caseNo: z.string().nullable(),
  sourceNo: z.string(),
  queryCode: z.string(),
  procedure: z.string(),
  procedureName: z.string(),
  stage: z.string(),
  stageName: z.string(),
  status: z.enum(['open', 'closed', 'archived']),
  unit: z.object({ id: z.string(), name: z.string() }),
  source: z.string(),
  sourceRef: z.string().nullable(),
  summary: z.string(),
  place: z.string(),
  occurredOn: z.string(),
  discoveredOn: z.string(),
  filedOn: z.string().nullable(),
  matter: z
    .object({
      code: z.string(),
      name: z.string(),
      category: z.string(),
      versionId: z.string().nullable(),
      hearingApplicable: z.boolean(),
      penaltyKinds: z.array(z.string()),
      discretion: z.array(json),
    })
    .nullable(),
  circumstances: z.string().nullable(),
  parties: z.array(party),
  officers: z.array(officer),
  proposedPenalty: json.nullable(),
  notifiedPenalty: json.nullable(),
  penaltyAfterDefence: json.nullable(),
  decision: json.nullable(),
  surcharge: z
    .object({
      fine: z.number(),
      from: z.string(),
      days: z.number(),
      amount: z.number(),
      capped: z.boolean(),
      explanation: z.string(),
      explanationEn: z.string(),
    })
    .nullable(),
  flags: json,
  milestones: z.record(z.string(), z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  timeline: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      name: z.string(),
      fromStage: z.string().nullable(),
      toStage: z.string().nullable(),
      toStageName: z.string().nullable(),
      actor: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
      at: z.string(),
      payload: json,
      reason: z.string().nullable(),
    }),
  ),
  deadlines: z.array(deadline),
  documents: z.array(z.unknown()),
  reviews: z.array(
    z.object({
      id: z.string(),
      level: z.enum(['brigade', 'bureau']),
      outcome: z.enum(['approved', 'returned', 'disagreed']),
      opinion: z.string(),
      reviewer: z.string(),
      at: z.string(),
      current: z.boolean(),
    }),
  ),
  actions: z.array(
    z.object({
      action: z.string(),
      name: z.string(),
      nameEn: z.string(),
      to: z.string(),
      toName: z.string(),
      branch: z.string().nullable(),
      roles: z.array(z.string()),
      allowed: z.boolean(),
      refusals: z.array(refusal),
    }),
  ),
});

export const caseSummary = z.object({
  id: z.string(),
  caseNo: z.string().nullable(),
  sourceNo: z.string(),
  procedure: z.string(),
  procedureName: z.string(),
  stage: z.string(),
  stageName: z.string(),
  status: z.enum(['open', 'closed', 'archived']),
  unit: z.object({ id: z.string(), name: z.string() }),
  source: z.string(),
  summary: z.string(),
  place: z.string(),
  discoveredOn: z.string(),
  filedOn: z.string().nullable(),
  matter: z.object({ code: z.string(), name: z.string() }).nullable(),
  parties: z.array(z.string()),
  officers: z.array(z.string()),
  nearestDeadline: deadline.nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  updatedAt: z.string(),
});

export const caseList = paginated(caseSummary);

export const progressResponse = z.object({
  caseNo: z.string(),
  procedureName: z.string(),
  stageName: z.string(),
  status: z.enum(['open', 'closed', 'archived']),
  deadlines: z.array(z.object({ name: z.string(), due: z.string() })),
});
