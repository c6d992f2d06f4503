// 重大执法决定法制审核目录清单 (L-03, DOMAIN.md "Legal review"): what makes an intended decision 重大, so that
// the bureau regulation section (局法规科) reviews it after the brigade legal section (大队法制科). The
// thresholds are configuration with defaults; the server keeps versions of this object and publishes them.

export type PartyType = 'person' | 'organisation';

export interface ReviewCatalogue {
  /** Fines at or above this amount (yuan) make the decision major, per party type. */
  fineThreshold: Record<PartyType, number>;
  /** Confiscation (违法所得、非法财物) valued at or above this amount (yuan), per party type. */
  confiscationThreshold: Record<PartyType, number>;
  /** Penalty kinds that are major whatever the amount: suspension, closure, licence revocation, … */
  majorKinds: string[];
  /** Every case in which a hearing was requested or held. */
  hearingCases: boolean;
  /** Every penalty outside the matter's discretion standard. */
  outsideDiscretion: boolean;
  /** Cases the head flagged complex, or touching major public interest. */
  complexOrPublicInterest: boolean;
}

/** The defaults a bureau starts from (the 较大数额 lines used for hearings in Jiangsu practice). */
export const DEFAULT_REVIEW_CATALOGUE: ReviewCatalogue = {
  fineThreshold: { person: 5_000, organisation: 50_000 },
  confiscationThreshold: { person: 5_000, organisation: 50_000 },
  majorKinds: [
    '责令停产停业',
    '责令关闭',
    '吊销许可证件',
    '降低资质等级',
    '限制开展生产经营活动',
    '限制从业',
  ],
  hearingCases: true,
  outsideDiscretion: true,
  complexOrPublicInterest: true,
};

export const PARTY_TYPE_NAMES: Record<PartyType, { zh: string; en: string }> = {
  person: { zh: '自然人', en: 'person' },
  organisation: { zh: '单位', en: 'organisation' },
};

/** Entries of the catalogue as sentences, for the portal and the console (L-01, L-03). */
export function describeCatalogue(c: ReviewCatalogue): { zh: string; en: string }[] {
  const yuan = (n: number) => n.toLocaleString('en-US');
  const out = [
    {
      zh: `拟对自然人处${yuan(c.fineThreshold.person)}元以上罚款，或对单位处${yuan(c.fineThreshold.organisation)}元以上罚款的`,
      en: `A fine of ${yuan(c.fineThreshold.person)} yuan or more on a person, or ${yuan(c.fineThreshold.organisation)} yuan or more on an organisation`,
    },
    {
      zh: `拟没收违法所得、非法财物价值自然人${yuan(c.confiscationThreshold.person)}元以上、单位${yuan(c.confiscationThreshold.organisation)}元以上的`,
      en: `Confiscation worth ${yuan(c.confiscationThreshold.person)} yuan or more (person) or ${yuan(c.confiscationThreshold.organisation)} yuan or more (organisation)`,
    },
    {
      zh: `拟作出${c.majorKinds.join('、')}决定的`,
      en: `Any of: ${c.majorKinds.join(', ')}`,
    },
  ];
  if (c.hearingCases)
    out.push({ zh: '当事人要求听证或者经过听证程序的', en: 'A hearing was requested or held' });
  if (c.outsideDiscretion)
    out.push({
      zh: '拟作出的处罚超出行政处罚裁量基准的',
      en: 'The penalty lies outside the discretion standard',
    });
  if (c.complexOrPublicInterest)
    out.push({
      zh: '案情复杂、涉及重大公共利益或者经负责人认定为重大的',
      en: 'The case is complex, touches major public interest, or the head marked it major',
    });
  return out;
}

/** Refusals of a catalogue a reviewer typed: negative or non-integer thresholds, an empty kind. */
export function catalogueProblems(c: ReviewCatalogue): string[] {
  const problems: string[] = [];
  for (const [name, v] of [
    ['fineThreshold.person', c.fineThreshold.person],
    ['fineThreshold.organisation', c.fineThreshold.organisation],
    ['confiscationThreshold.person', c.confiscationThreshold.person],
    ['confiscationThreshold.organisation', c.confiscationThreshold.organisation],
  ] as const) {
    if (!Number.isSafeInteger(v) || v <= 0) problems.push(`${name} 须为正整数（元）`);
  }
  if (c.majorKinds.some((k) => k.trim() === '')) problems.push('majorKinds 不能有空项');
  return problems;
}
