import type { RoleCode } from '../access/roles.js';

// P-01: the bureau's publicity policy (行政执法公示管理办法) held as data. Per kind of information: what is
// published and which fields, where (carrier), the steps it goes through, the deadline counted from the
// triggering event, how long it stays public, and who is responsible. Every publication deadline in the
// system is computed from this table (deadline.ts); nothing else holds a publicity figure.
//
// Sources: 国办发〔2018〕118号 (事后公开: 行政处罚决定 7 个工作日内; 其他 20 个工作日内; 撤销、变更后 3 个工作日
// 内撤下), 皋城管发〔2019〕77号 (年报 1 月 10 日前), the Zhejiang rule on publishing penalty results for the
// redaction and the public periods (DOMAIN "Publicity").

export const PUBLICATION_KINDS = [
  'penalty-decision',
  'inspection-result',
  'withdrawal',
  'annual-report',
  'correction-answer',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export type Carrier = 'portal' | 'window-board' | 'party';

export type PublicationStep = 'draft' | 'redact' | 'review' | 'publish' | 'withdraw' | 'take-down';

/** When the publication is due, counted from its triggering event (the event day itself is not counted). */
export type DeadlineRule =
  | { kind: 'working-days'; days: number; from: string; fromEn: string }
  /** A fixed day of the year after the period reported on (annual report: 10 January). */
  | { kind: 'day-of-next-year'; month: number; day: number; from: string; fromEn: string };

/** How long an item stays on the portal after it is published; null: it stays. */
export interface PublicPeriod {
  /** Years for an organisation (or when the party type is unknown). */
  years: number | null;
  /** Years when the party is a natural person (shorter: their interest in being forgotten weighs more). */
  naturalPersonYears: number | null;
}

export interface PublicationPolicy {
  kind: PublicationKind;
  name: string;
  nameEn: string;
  /** The fields that appear on the portal, in order, by key with their label. */
  fields: readonly { key: string; label: string }[];
  carriers: readonly Carrier[];
  steps: readonly PublicationStep[];
  deadline: DeadlineRule;
  publicPeriod: PublicPeriod;
  responsibleRole: RoleCode;
  /** Where the rule comes from. */
  basis: string;
  /** REQUIREMENTS.md clause. */
  requirement: string;
}

const REVIEWED: readonly PublicationStep[] = [
  'draft',
  'redact',
  'review',
  'publish',
  'withdraw',
  'take-down',
];

export const DEFAULT_PUBLICITY_POLICY: Record<PublicationKind, PublicationPolicy> = {
  'penalty-decision': {
    kind: 'penalty-decision',
    name: '行政处罚决定',
    nameEn: 'Administrative penalty decision',
    fields: [
      { key: 'documentNo', label: '决定书文号' },
      { key: 'partyName', label: '被处罚人' },
      { key: 'facts', label: '主要违法事实' },
      { key: 'basis', label: '处罚依据' },
      { key: 'penalty', label: '处罚内容' },
      { key: 'authority', label: '作出处罚的机关' },
      { key: 'decidedOn', label: '作出决定日期' },
    ],
    carriers: ['portal', 'party'],
    steps: REVIEWED,
    deadline: { kind: 'working-days', days: 7, from: '作出处罚决定之日', fromEn: 'the decision' },
    publicPeriod: { years: 3, naturalPersonYears: 2 },
    responsibleRole: 'publicity_officer',
    basis: '国办发〔2018〕118号“加强事后公开”；行政处罚法第四十八条',
    requirement: 'P-09',
  },
  'inspection-result': {
    kind: 'inspection-result',
    name: '行政检查结果',
    nameEn: 'Inspection result',
    fields: [
      { key: 'inspectionNo', label: '检查编号' },
      { key: 'object', label: '检查对象' },
      { key: 'matter', label: '检查事项' },
      { key: 'result', label: '检查结果' },
      { key: 'followUp', label: '处理情况' },
      { key: 'inspectedOn', label: '检查日期' },
    ],
    carriers: ['portal'],
    steps: REVIEWED,
    deadline: { kind: 'working-days', days: 20, from: '检查结果作出之日', fromEn: 'the result' },
    publicPeriod: { years: 3, naturalPersonYears: 2 },
    responsibleRole: 'publicity_officer',
    basis: '国办发〔2018〕118号“及时公布‘双随机’抽查结果及查处结果”；其他执法决定20个工作日内公开',
    requirement: 'P-10',
  },
  withdrawal: {
    kind: 'withdrawal',
    name: '撤回公示',
    nameEn: 'Withdrawal of a published decision',
    fields: [
      { key: 'title', label: '原公示信息' },
      { key: 'reason', label: '撤回原因' },
    ],
    carriers: ['portal'],
    steps: ['withdraw'],
    deadline: { kind: 'working-days', days: 3, from: '决定被撤销或变更之日', fromEn: 'the revocation' },
    publicPeriod: { years: null, naturalPersonYears: null },
    responsibleRole: 'publicity_officer',
    basis:
      '国办发〔2018〕118号：已公开的执法决定被依法撤销、确认违法或者要求重新作出的，应当及时从信息公示平台撤下原执法决定信息',
    requirement: 'P-09',
  },
  'annual-report': {
    kind: 'annual-report',
    name: '行政执法数据年度报告',
    nameEn: 'Annual enforcement statistics',
    fields: [{ key: 'year', label: '年度' }],
    carriers: ['portal'],
    steps: ['draft', 'review', 'publish'],
    deadline: {
      kind: 'day-of-next-year',
      month: 1,
      day: 10,
      from: '报告年度结束',
      fromEn: 'the year reported on',
    },
    publicPeriod: { years: null, naturalPersonYears: null },
    responsibleRole: 'publicity_officer',
    basis: '皋城管发〔2019〕77号：每年1月10日前公开上年度行政执法总体情况数据',
    requirement: 'P-11',
  },
  'correction-answer': {
    kind: 'correction-answer',
    name: '公示信息纠错答复',
    nameEn: 'Answer to a correction request',
    fields: [
      { key: 'answer', label: '答复意见' },
      { key: 'reason', label: '更正原因' },
    ],
    carriers: ['portal', 'party'],
    steps: ['review', 'publish'],
    deadline: { kind: 'working-days', days: 10, from: '收到纠错申请之日', fromEn: 'the request' },
    publicPeriod: { years: null, naturalPersonYears: null },
    responsibleRole: 'publicity_officer',
    basis: '本局行政执法公示管理办法：对公示信息的纠错申请，10个工作日内核实并答复',
    requirement: 'P-02',
  },
};

/** A bureau's overrides of the public periods (the only figure the DOMAIN says varies by local rule). */
export type PublicPeriodOverrides = Partial<Record<PublicationKind, Partial<PublicPeriod>>>;

/** The policy with the bureau's public periods applied; an override must be a whole number of years ≥ 1. */
export function publicityPolicy(
  overrides: PublicPeriodOverrides = {},
): Record<PublicationKind, PublicationPolicy> {
  const out = structuredClone(DEFAULT_PUBLICITY_POLICY) as Record<PublicationKind, PublicationPolicy>;
  for (const [kind, period] of Object.entries(overrides) as [PublicationKind, Partial<PublicPeriod>][]) {
    if (!out[kind]) throw new RangeError(`unknown publication kind ${JSON.stringify(kind)}`);
    for (const key of ['years', 'naturalPersonYears'] as const) {
      const v = period[key];
      if (v === undefined) continue;
      if (v !== null && (!Number.isInteger(v) || v < 1 || v > 30))
        throw new RangeError(`${kind}.${key} must be a whole number of years from 1 to 30, got ${v}`);
      out[kind].publicPeriod[key] = v;
    }
  }
  return out;
}
