// P-11: what the annual report counts, as data. Each kind of enforcement act (许可、处罚、强制、征收、征用、
// 检查 — the six the 2018 guidance names) is counted from the case events that constitute the act, and
// tied to the catalogue category (P-03) that says whether the bureau holds that power at all: a kind the
// bureau holds but did not use is reported as 0; a kind it does not hold is reported as "no such power".

export const ACT_KINDS = ['licensing', 'penalty', 'coercion', 'levy', 'requisition', 'inspection'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

export interface ActCategory {
  key: ActKind;
  name: string;
  nameEn: string;
  /** The matter categories of the catalogue (catalog/schemas.ts MATTER_CATEGORIES) that hold this power. */
  catalogCategories: readonly string[];
  /** Whether a filed random-inspection list (P-04) also shows the power. */
  inspectionList: boolean;
  /** The case actions (core process definitions) each of which is one act of this kind. */
  actions: readonly string[];
  /** How an act is counted, in words, printed under the report's table. */
  rule: string;
}

export const ACT_CATEGORIES: readonly ActCategory[] = [
  {
    key: 'licensing',
    name: '行政许可',
    nameEn: 'Licensing',
    catalogCategories: ['行政许可'],
    inspectionList: false,
    actions: [],
    rule: '本平台尚不办理行政许可；持有许可职权的，本项按0计',
  },
  {
    key: 'penalty',
    name: '行政处罚',
    nameEn: 'Penalties',
    catalogCategories: ['行政处罚'],
    inspectionList: false,
    actions: ['issue-decision', 'deliver-decision'],
    rule: '作出行政处罚决定（含简易程序当场处罚）的件数，以决定日期计',
  },
  {
    key: 'coercion',
    name: '行政强制',
    nameEn: 'Coercive measures and enforcement',
    catalogCategories: ['行政强制'],
    inspectionList: false,
    actions: ['complete-seizure', 'decide-enforcement'],
    rule: '实施查封、扣押措施和作出强制执行（强制拆除）决定的件数',
  },
  {
    key: 'levy',
    name: '行政征收',
    nameEn: 'Levies',
    catalogCategories: ['行政征收'],
    inspectionList: false,
    actions: [],
    rule: '本平台尚不办理行政征收；持有征收职权的，本项按0计',
  },
  {
    key: 'requisition',
    name: '行政征用',
    nameEn: 'Requisitions',
    catalogCategories: ['行政征用'],
    inspectionList: false,
    actions: [],
    rule: '本平台尚不办理行政征用；持有征用职权的，本项按0计',
  },
  {
    key: 'inspection',
    name: '行政检查',
    nameEn: 'Inspections',
    catalogCategories: ['行政检查'],
    inspectionList: true,
    actions: ['record-inspection'],
    rule: '登记检查结果的检查次数（含“双随机”抽查）',
  },
];

/** Outcomes of a reconsideration or suit that mean the bureau's act was corrected (纠错). */
export const CORRECTED_OUTCOMES = ['revoked', 'changed', 'confirmed-illegal', 'ordered-to-act'] as const;

export const REMEDY_OUTCOME_LABELS: Record<string, { zh: string; en: string }> = {
  pending: { zh: '尚未审结', en: 'Pending' },
  upheld: { zh: '维持', en: 'Upheld' },
  revoked: { zh: '撤销', en: 'Revoked' },
  changed: { zh: '变更', en: 'Changed' },
  'confirmed-illegal': { zh: '确认违法', en: 'Confirmed unlawful' },
  'ordered-to-act': { zh: '责令履行', en: 'Ordered to act' },
  dismissed: { zh: '驳回', en: 'Dismissed' },
  withdrawn: { zh: '撤回申请（起诉）', en: 'Withdrawn' },
  settled: { zh: '调解、和解结案', en: 'Settled' },
};
