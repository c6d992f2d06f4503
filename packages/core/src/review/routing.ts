import { PARTY_TYPE_NAMES, type PartyType, type ReviewCatalogue } from './catalogue.js';

// Who reviews an intended decision (L-03; 行政处罚法 art. 58): every penalty outside the on-the-spot
// procedure goes to the brigade legal section (大队法制科); a decision in the catalogue goes on to the bureau
// regulation section (局法规科). The answer says why in words, e.g.
// "局法规科 review required: fine 60,000 yuan ≥ 50,000 (organisation)".

export type ReviewLevel = 'brigade' | 'bureau';

export const REVIEW_LEVELS: Record<ReviewLevel, { zh: string; en: string }> = {
  brigade: { zh: '大队法制科', en: 'brigade legal section' },
  bureau: { zh: '局法规科', en: 'bureau regulation section' },
};

export interface RoutingInput {
  /** 'simple' (当场处罚) needs no review; every other penalty procedure does. */
  procedure: string;
  /** The party types of the case (several parties: the strictest line applies to each). */
  partyTypes: PartyType[];
  penalty: { kinds: string[]; fine?: number | null; confiscation?: number | null } | null;
  hearingRequested?: boolean;
  hearingHeld?: boolean;
  outsideDiscretion?: boolean;
  complex?: boolean;
  majorPublicInterest?: boolean;
  /** The head marked the case major (重大) by hand. */
  markedMajor?: boolean;
}

export interface RouteReason {
  code:
    | 'penalty-procedure'
    | 'fine-threshold'
    | 'confiscation-threshold'
    | 'major-kind'
    | 'hearing'
    | 'outside-discretion'
    | 'complex'
    | 'public-interest'
    | 'marked-major';
  level: ReviewLevel;
  zh: string;
  en: string;
}

export interface ReviewRoute {
  levels: ReviewLevel[];
  reasons: RouteReason[];
  /** One sentence per level, e.g. "局法规科 review required: fine 60,000 yuan ≥ 50,000 (organisation)". */
  explanation: { zh: string; en: string };
}

const yuan = (n: number) => n.toLocaleString('en-US');

export function routeReview(input: RoutingInput, catalogue: ReviewCatalogue): ReviewRoute {
  if (input.procedure === 'simple')
    return {
      levels: [],
      reasons: [],
      explanation: {
        zh: '当场处罚（简易程序）不经法制审核',
        en: 'No legal review: on-the-spot (simple) procedure',
      },
    };
  const reasons: RouteReason[] = [
    {
      code: 'penalty-procedure',
      level: 'brigade',
      zh: '大队法制科审核：普通程序行政处罚决定作出前均须法制审核',
      en: 'brigade legal section review required: every penalty outside the on-the-spot procedure',
    },
  ];
  const bureau = (code: RouteReason['code'], zh: string, en: string) =>
    reasons.push({
      code,
      level: 'bureau',
      zh: `须经局法规科审核：${zh}`,
      en: `局法规科 review required: ${en}`,
    });
  const p = input.penalty;
  const types: PartyType[] = input.partyTypes.length > 0 ? [...new Set(input.partyTypes)] : ['person'];
  // The lowest line among the parties' types decides (a case against a person and a company is major
  // when either line is reached).
  const lowest = (t: Record<PartyType, number>) =>
    types.map((type) => ({ type, line: t[type] })).sort((a, b) => a.line - b.line)[0]!;
  const fine = p?.fine ?? 0;
  if (p && fine > 0) {
    const { type, line } = lowest(catalogue.fineThreshold);
    if (fine >= line)
      bureau(
        'fine-threshold',
        `罚款${yuan(fine)}元 ≥ ${yuan(line)}元（${PARTY_TYPE_NAMES[type].zh}）`,
        `fine ${yuan(fine)} yuan ≥ ${yuan(line)} (${PARTY_TYPE_NAMES[type].en})`,
      );
  }
  const confiscation = p?.confiscation ?? 0;
  if (p && confiscation > 0) {
    const { type, line } = lowest(catalogue.confiscationThreshold);
    if (confiscation >= line)
      bureau(
        'confiscation-threshold',
        `没收${yuan(confiscation)}元 ≥ ${yuan(line)}元（${PARTY_TYPE_NAMES[type].zh}）`,
        `confiscation ${yuan(confiscation)} yuan ≥ ${yuan(line)} (${PARTY_TYPE_NAMES[type].en})`,
      );
  }
  for (const k of p?.kinds ?? [])
    if (catalogue.majorKinds.includes(k)) bureau('major-kind', `拟${k}`, `the penalty includes ${k}`);
  if (catalogue.hearingCases && (input.hearingHeld || input.hearingRequested))
    bureau(
      'hearing',
      input.hearingHeld ? '案件经过听证' : '当事人要求听证',
      input.hearingHeld ? 'a hearing was held' : 'a hearing was requested',
    );
  if (catalogue.outsideDiscretion && input.outsideDiscretion)
    bureau('outside-discretion', '拟处罚超出裁量基准', 'the penalty lies outside the discretion standard');
  if (catalogue.complexOrPublicInterest && input.complex)
    bureau('complex', '案情复杂', 'the case is flagged complex');
  if (catalogue.complexOrPublicInterest && input.majorPublicInterest)
    bureau('public-interest', '涉及重大公共利益', 'the case touches major public interest');
  if (input.markedMajor) bureau('marked-major', '负责人认定为重大执法决定', 'the head marked the case major');
  const levels: ReviewLevel[] = reasons.some((r) => r.level === 'bureau')
    ? ['brigade', 'bureau']
    : ['brigade'];
  const bureauReasons = reasons.filter((r) => r.level === 'bureau');
  const explanation =
    bureauReasons.length > 0
      ? {
          zh: `须经局法规科审核：${bureauReasons.map((r) => r.zh.replace('须经局法规科审核：', '')).join('；')}`,
          en: `局法规科 review required: ${bureauReasons.map((r) => r.en.replace('局法规科 review required: ', '')).join('; ')}`,
        }
      : {
          zh: '大队法制科审核；未列入重大执法决定法制审核目录，不报局法规科',
          en: 'brigade legal section review only: not in the major-decision catalogue',
        };
  return { levels, reasons, explanation };
}
