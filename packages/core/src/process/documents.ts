// The standard document set (DOMAIN.md "The standard document set", per provincial 城管 templates), plus
// the few documents the statutes require that the list folds into others; those are marked below.

export interface DocumentDefinition {
  name: string;
  nameEn: string;
}

const doc = (name: string, nameEn: string): DocumentDefinition => ({ name, nameEn });

export const DOCUMENTS = {
  'filing-approval': doc('立案审批表', 'Filing approval form'),
  'inspection-record': doc('现场检查(勘验)笔录', 'On-site inspection record'),
  'inquiry-record': doc('询问笔录', 'Inquiry record'),
  'rectification-notice': doc('责令(限期)改正通知书', 'Order to correct'),
  'preservation-notice': doc('先行登记保存通知书', 'Evidence preservation notice'),
  'preservation-decision': doc('先行登记保存物品处理决定书', 'Decision on preserved evidence'),
  'investigation-report': doc('调查终结报告', 'Investigation closing report'),
  'collective-discussion': doc('重大案件集体讨论笔录', 'Collective discussion minutes'),
  'legal-review-opinion': doc('法制审核意见书', 'Legal review opinion'),
  'prior-notice': doc('行政处罚事先告知书', 'Prior notice of intended penalty'),
  'hearing-notice-of-rights': doc('听证告知书', 'Notice of the right to a hearing'),
  'hearing-notice': doc('听证通知书', 'Hearing notice'),
  'hearing-record': doc('听证笔录', 'Hearing record'),
  'statement-record': doc('陈述申辩笔录', 'Statement and defence record'),
  'penalty-decision': doc('行政处罚决定书', 'Penalty decision'),
  'on-the-spot-decision': doc('当场行政处罚决定书', 'On-the-spot penalty decision'),
  'service-receipt': doc('送达回证', 'Proof of service'),
  'installment-approval': doc('延期(分期)缴纳罚款审批表', 'Deferred or instalment payment approval'),
  'demand-notice': doc('催告书', 'Demand to perform'),
  'seizure-decision': doc('查封(扣押)决定书', 'Seizure decision'),
  'seizure-inventory': doc('查封(扣押)清单', 'Seizure inventory'),
  'demolition-deadline-notice': doc('限期拆除通知书', 'Order to demolish by a deadline'),
  'demolition-announcement': doc('强制拆除公告', 'Public notice of forced demolition'),
  'demolition-decision': doc('强制拆除决定书', 'Forced demolition decision'),
  'transfer-letter': doc('案件移送函', 'Case transfer letter'),
  'closing-approval': doc('结案审批表', 'Case closing approval form'),
  'file-cover': doc('案卷封面、目录', 'Case file cover and contents'),
  // Not separately named in the list, but a statute or the plan requires each as its own paper:
  // L-04 submission checklist.
  'review-submission': doc('法制审核送审表', 'Legal review submission form'),
  // 行政强制法 art. 18 (一): prior approval of a coercive measure.
  'coercive-measure-approval': doc('行政强制措施审批表', 'Coercive measure approval form'),
  // 行政强制法 art. 18 (七)(八): the on-site record of a coercive measure or enforcement.
  'on-site-record': doc('现场笔录', 'On-site record'),
  // 行政强制法 art. 25: the extension is approved and the party told in writing with reasons.
  'seizure-extension-approval': doc('延长查封(扣押)期限审批表', 'Seizure extension approval form'),
  'seizure-extension-notice': doc('延长查封(扣押)期限通知书', 'Seizure extension notice'),
  // 行政强制法 arts. 27, 28.
  'seizure-release-decision': doc('解除查封(扣押)决定书', 'Seizure release decision'),
  // 行政强制法 art. 55 (一).
  'enforcement-application': doc('强制执行申请书', 'Application for court enforcement'),
} as const satisfies Record<string, DocumentDefinition>;

export type DocumentKind = keyof typeof DOCUMENTS;

export const DOCUMENT_KINDS = Object.keys(DOCUMENTS) as DocumentKind[];

export function isDocumentKind(value: string): value is DocumentKind {
  return Object.hasOwn(DOCUMENTS, value);
}
