// What a review looks at, what the handler sends, and what the reviewer may conclude (L-04; DOMAIN.md
// "Legal review"; 行政处罚法 art. 58).

/** The seven review items, in the order of the review form. */
export const REVIEW_ITEMS = [
  {
    code: 'body',
    zh: '执法主体是否合法，是否超越法定职权，执法人员是否具备执法资格',
    en: 'Lawful acting body, within its powers, officers qualified',
  },
  { code: 'procedure', zh: '执法程序是否合法', en: 'Procedure lawful' },
  {
    code: 'facts',
    zh: '案件事实是否清楚，证据是否合法充分',
    en: 'Facts clear, evidence lawful and sufficient',
  },
  {
    code: 'law',
    zh: '适用法律、法规、规章是否准确，裁量基准运用是否适当',
    en: 'Law applied correctly, discretion appropriate',
  },
  { code: 'documents', zh: '执法文书是否完备、规范', en: 'Documents complete and in form' },
  {
    code: 'crime',
    zh: '违法行为是否涉嫌犯罪、需要移送司法机关',
    en: 'Suspected crime to be transferred to judicial organs',
  },
  { code: 'other', zh: '其他需要审核的内容', en: 'Other' },
] as const;

export type ReviewItemCode = (typeof REVIEW_ITEMS)[number]['code'];
export const REVIEW_ITEM_CODES = REVIEW_ITEMS.map((i) => i.code) as ReviewItemCode[];

/** A finding on one item: no problem, a problem to correct, or not applicable to this case. */
export const FINDINGS = {
  ok: { zh: '符合规定', en: 'In order' },
  problem: { zh: '存在问题', en: 'Problem found' },
  'not-applicable': { zh: '不适用', en: 'Not applicable' },
} as const;
export type Finding = keyof typeof FINDINGS;

/** The opinion (审核意见). 不同意 includes the advice to refer the case to the competent organ (移送). */
export const OPINIONS = {
  agree: { zh: '同意', en: 'Agree' },
  return: { zh: '退回补正', en: 'Return for correction' },
  disagree: { zh: '不同意（移送）', en: 'Disagree (refer)' },
} as const;
export type Opinion = keyof typeof OPINIONS;

/**
 * The submission checklist (送审材料, L-04): each entry is either a document kind the case must have issued
 * or a fact of the submission itself. The hearing record only when a hearing was held.
 */
export const SUBMISSION_MATERIALS = [
  {
    code: 'investigation-report',
    zh: '调查终结报告',
    en: 'Investigation closing report',
    document: 'investigation-report',
  },
  { code: 'recommendation', zh: '处理建议', en: 'Recommendation', document: null },
  { code: 'draft-decision', zh: '行政处罚决定书（代拟稿）', en: 'Draft decision', document: null },
  { code: 'evidence-list', zh: '证据材料目录', en: 'Evidence list', document: null },
  {
    code: 'hearing-record',
    zh: '听证笔录',
    en: 'Hearing record',
    document: 'hearing-record',
    onlyIfHearing: true,
  },
] as const;
export type MaterialCode = (typeof SUBMISSION_MATERIALS)[number]['code'];

export interface SubmissionFacts {
  /** Document kinds issued on the case. */
  issuedDocuments: readonly string[];
  recommendation?: string | null;
  /** The intended penalty exists (the draft decision is made from it). */
  hasDraftDecision: boolean;
  evidence?: readonly string[] | null;
  hearingHeld: boolean;
}

/** The materials still missing; submission is refused while the list is not empty (L-04). */
export function missingMaterials(f: SubmissionFacts): { code: MaterialCode; zh: string; en: string }[] {
  const present: Record<MaterialCode, boolean> = {
    'investigation-report': f.issuedDocuments.includes('investigation-report'),
    recommendation: (f.recommendation ?? '').trim().length > 0,
    'draft-decision': f.hasDraftDecision,
    'evidence-list': (f.evidence ?? []).some((e) => e.trim().length > 0),
    'hearing-record': !f.hearingHeld || f.issuedDocuments.includes('hearing-record'),
  };
  return SUBMISSION_MATERIALS.filter((m) => !present[m.code]).map(({ code, zh, en }) => ({ code, zh, en }));
}

/** A finding of 'problem' needs a comment; an opinion other than 同意 needs at least one problem or a comment. */
export function opinionProblems(
  opinion: Opinion,
  items: { code: string; finding: Finding; comment: string }[],
): string[] {
  const out: string[] = [];
  const codes = items.map((i) => i.code);
  for (const c of REVIEW_ITEM_CODES) if (!codes.includes(c)) out.push(`缺少审核事项：${c}`);
  if (new Set(codes).size !== codes.length) out.push('审核事项重复');
  for (const i of items)
    if (i.finding === 'problem' && i.comment.trim() === '')
      out.push(`审核事项 ${i.code} 存在问题，须写明意见`);
  const problems = items.filter((i) => i.finding === 'problem');
  if (opinion === 'agree' && problems.length > 0) out.push('存在问题的审核事项未解决，不能出具“同意”意见');
  if (opinion !== 'agree' && problems.length === 0) out.push('退回或不同意须至少指出一项存在的问题');
  return out;
}
