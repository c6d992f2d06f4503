import type { DocumentKind } from '@sanxiang/core';
import type { Tx } from '../context.js';
import type { DecisionElement, DocumentBlock, DocumentContent } from './document-model.js';

// What a decision must carry, kind by kind, and a check of a structured document against it. The engine's
// 'decision-elements-complete' guard can call checkCaseDecisionElements; the documents tests call
// checkDecisionElements on each rendered template.

export interface RequiredElement {
  element: DecisionElement;
  name: string;
  nameEn: string;
  /** Where the requirement is written. */
  basis: string;
}

export interface MissingElement extends Omit<RequiredElement, 'element'> {
  element: DecisionElement | 'document';
}

const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const COERCION_LAW = '《中华人民共和国行政强制法》';

const el = (element: DecisionElement, name: string, nameEn: string, basis: string): RequiredElement => ({
  element,
  name,
  nameEn,
  basis,
});

export const DECISION_ELEMENTS: Partial<Record<DocumentKind, RequiredElement[]>> = {
  'penalty-decision': [
    el(
      'party',
      '当事人的姓名或者名称、地址',
      "the party's name and address",
      `${PENALTY_LAW}第五十九条第一款第（一）项`,
    ),
    el(
      'facts',
      '违反法律、法规、规章的事实',
      'the facts of the violation',
      `${PENALTY_LAW}第五十九条第一款第（二）项`,
    ),
    el('evidence', '证据', 'the evidence', `${PENALTY_LAW}第五十九条第一款第（二）项`),
    el('penalty', '行政处罚的种类', 'the kind of penalty', `${PENALTY_LAW}第五十九条第一款第（三）项`),
    el(
      'basis',
      '行政处罚的依据',
      'the legal basis of the penalty',
      `${PENALTY_LAW}第五十九条第一款第（三）项`,
    ),
    el(
      'performance',
      '行政处罚的履行方式和期限',
      'how and by when to perform',
      `${PENALTY_LAW}第五十九条第一款第（四）项`,
    ),
    el(
      'remedies',
      '申请行政复议、提起行政诉讼的途径和期限',
      'reconsideration and lawsuit routes and periods',
      `${PENALTY_LAW}第五十九条第一款第（五）项`,
    ),
    el(
      'authority',
      '作出决定的行政机关名称',
      'the deciding organ',
      `${PENALTY_LAW}第五十九条第一款第（六）项`,
    ),
    el('date', '作出决定的日期', 'the date of the decision', `${PENALTY_LAW}第五十九条第一款第（六）项`),
    el('seal', '行政机关的印章', "the organ's seal", `${PENALTY_LAW}第五十九条第二款`),
  ],
  'on-the-spot-decision': [
    el('party', '当事人', 'the party', `${PENALTY_LAW}第五十二条第二款`),
    el('facts', '当事人的违法行为', 'the violation', `${PENALTY_LAW}第五十二条第二款`),
    el('time-place', '时间、地点', 'time and place', `${PENALTY_LAW}第五十二条第二款`),
    el(
      'penalty',
      '行政处罚的种类和罚款数额',
      'the kind of penalty and the fine',
      `${PENALTY_LAW}第五十二条第二款`,
    ),
    el('basis', '行政处罚的依据', 'the legal basis', `${PENALTY_LAW}第五十二条第二款`),
    el(
      'remedies',
      '申请行政复议、提起行政诉讼的途径和期限',
      'reconsideration and lawsuit routes and periods',
      `${PENALTY_LAW}第五十二条第二款`,
    ),
    el('authority', '行政机关名称', 'the organ', `${PENALTY_LAW}第五十二条第二款`),
    el('officers', '执法人员签名或者盖章', "the officers' signatures", `${PENALTY_LAW}第五十二条第二款`),
  ],
  'seizure-decision': [
    el(
      'party',
      '当事人的姓名或者名称、地址',
      "the party's name and address",
      `${COERCION_LAW}第二十四条第二款第（一）项`,
    ),
    el('reason', '查封、扣押的理由', 'the reason', `${COERCION_LAW}第二十四条第二款第（二）项`),
    el('basis', '查封、扣押的依据', 'the legal basis', `${COERCION_LAW}第二十四条第二款第（二）项`),
    el('period', '查封、扣押的期限', 'the period', `${COERCION_LAW}第二十四条第二款第（二）项`),
    el(
      'items',
      '查封、扣押场所、设施或者财物的名称、数量',
      'what is seized and how much',
      `${COERCION_LAW}第二十四条第二款第（三）项`,
    ),
    el(
      'remedies',
      '申请行政复议或者提起行政诉讼的途径和期限',
      'reconsideration and lawsuit routes and periods',
      `${COERCION_LAW}第二十四条第二款第（四）项`,
    ),
    el('authority', '行政机关的名称', 'the organ', `${COERCION_LAW}第二十四条第二款第（五）项`),
    el('seal', '行政机关的印章', "the organ's seal", `${COERCION_LAW}第二十四条第二款第（五）项`),
    el('date', '日期', 'the date', `${COERCION_LAW}第二十四条第二款第（五）项`),
  ],
  'demolition-decision': [
    el(
      'party',
      '当事人的姓名或者名称、地址',
      "the party's name and address",
      `${COERCION_LAW}第三十七条第二款第（一）项`,
    ),
    el('reason', '强制执行的理由', 'the reason', `${COERCION_LAW}第三十七条第二款第（二）项`),
    el('basis', '强制执行的依据', 'the legal basis', `${COERCION_LAW}第三十七条第二款第（二）项`),
    el('performance', '强制执行的方式和时间', 'how and when', `${COERCION_LAW}第三十七条第二款第（三）项`),
    el(
      'remedies',
      '申请行政复议或者提起行政诉讼的途径和期限',
      'reconsideration and lawsuit routes and periods',
      `${COERCION_LAW}第三十七条第二款第（四）项`,
    ),
    el('authority', '行政机关的名称', 'the organ', `${COERCION_LAW}第三十七条第二款第（五）项`),
    el('seal', '行政机关的印章', "the organ's seal", `${COERCION_LAW}第三十七条第二款第（五）项`),
    el('date', '日期', 'the date', `${COERCION_LAW}第三十七条第二款第（五）项`),
  ],
};

export const DECISION_KINDS = Object.keys(DECISION_ELEMENTS) as DocumentKind[];

/** A blank left to fill by hand (templates print missing data as underscores). */
const HAS_BLANK = /_{4,}/;
const CITES_ARTICLE = /《[^》]+》第[一二三四五六七八九十百零〇\d]+条/;

function textsOf(block: DocumentBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text];
    case 'table':
      return block.rows.map((r) => r.join(' '));
    default:
      return [];
  }
}

function tagged(content: DocumentContent, element: DecisionElement): DocumentBlock[] {
  return content.blocks.filter(
    (b) => (b.type === 'paragraph' || b.type === 'table') && (b.elements ?? []).includes(element),
  );
}

function present(content: DocumentContent, element: DecisionElement, hasFine: boolean): boolean {
  const sig = content.signature;
  switch (element) {
    case 'authority':
      return !!sig?.organ.trim();
    case 'seal':
      return sig?.seal === true;
    case 'date':
      return !!sig?.date;
    default:
      break;
  }
  const blocks = tagged(content, element);
  if (blocks.length === 0) return false;
  if (element === 'items')
    return blocks.some((b) =>
      b.type === 'table'
        ? b.rows.some((r) => r.slice(1).some((c) => c.trim()))
        : b.type === 'paragraph' && !HAS_BLANK.test(b.text),
    );
  const texts = blocks.flatMap(textsOf);
  if (texts.length === 0 || texts.some((t) => !t.trim())) return false;
  // A blank left for the party's particulars (an unknown legal representative) is not its name or address.
  if (element !== 'party' && texts.some((t) => HAS_BLANK.test(t))) return false;
  const all = texts.join('\n');
  switch (element) {
    case 'party':
      return !/(当事人|地址|住址)：_{4,}/.test(all);
    case 'basis':
      return CITES_ARTICLE.test(all);
    case 'remedies':
      return /六十日/.test(all) && /六个月/.test(all);
    case 'performance':
      // A fine is paid within fifteen days of service, at a bank or electronically (art. 67).
      return !hasFine || /十五日/.test(all);
    default:
      return true;
  }
}

/**
 * The required elements a decision document lacks (empty when complete). `atIssue`: the date is set when
 * the document is issued, so a draft is not faulted for lacking it. Kinds that are not decisions have no
 * list and always pass.
 */
export function checkDecisionElements(
  content: DocumentContent,
  options: { atIssue?: boolean } = {},
): MissingElement[] {
  const required = DECISION_ELEMENTS[content.kind];
  if (!required) return [];
  const hasFine = content.blocks.some(
    (b) => b.type === 'paragraph' && (b.elements ?? []).includes('penalty') && /罚款/.test(b.text),
  );
  return required
    .filter((r) => !(options.atIssue && r.element === 'date'))
    .filter((r) => !present(content, r.element, hasFine));
}

/**
 * For the engine's guard: the latest decision document of the case (of `kind`, or any decision kind) that
 * is not voided, checked as it will be issued. No such document at all is reported as one missing element.
 */
export async function checkCaseDecisionElements(
  db: Tx,
  caseId: string,
  kind?: DocumentKind,
): Promise<MissingElement[]> {
  const kinds = kind ? [kind] : DECISION_KINDS;
  const row = await db
    .selectFrom('case_documents')
    .select(['kind', 'content', 'status'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', kinds)
    .where('voided_at', 'is', null)
    .orderBy('drafted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row)
    return [
      {
        element: 'document',
        name: '决定书',
        nameEn: 'the decision document',
        basis: `${PENALTY_LAW}第五十九条`,
      },
    ];
  return checkDecisionElements(row.content as unknown as DocumentContent, {
    atIssue: row.status === 'draft',
  });
}
