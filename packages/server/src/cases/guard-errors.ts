import { GUARD_CODES, GUARDS, type GuardCode, LAWS } from '@sanxiang/core';

// One error code per guard of core's catalogue: 'two-certified-officers' → GUARD_TWO_CERTIFIED_OFFICERS.
// Error codes are capital letters and underscores only, so the two figures in guard names are spelt out
// ('seizure-within-30-days' → GUARD_SEIZURE_WITHIN_THIRTY_DAYS). The refusal itself carries a message
// that says what exactly is missing; the catalogue entry is the generic fallback.

type Word<S extends string> = S extends '7' ? 'SEVEN' : S extends '30' ? 'THIRTY' : Uppercase<S>;
type Screaming<S extends string> = S extends `${infer A}-${infer B}` ? `${Word<A>}_${Screaming<B>}` : Word<S>;
export type GuardErrorCode = `GUARD_${Screaming<GuardCode>}`;

const WORDS: Record<string, string> = { '7': 'SEVEN', '30': 'THIRTY' };

export function guardErrorCode(guard: GuardCode): GuardErrorCode {
  return `GUARD_${guard
    .split('-')
    .map((w) => WORDS[w] ?? w.toUpperCase())
    .join('_')}` as GuardErrorCode;
}

/** '行政处罚法第四十二条、行政强制法第十七条' style citation of a guard's basis. */
export function guardArticles(guard: GuardCode): { law: string; lawName: string; articles: number[] }[] {
  return GUARDS[guard].basis.map((b) => ({
    law: b.law,
    lawName: LAWS[b.law].short,
    articles: [...b.articles],
  }));
}

export function citation(guard: GuardCode): { zh: string; en: string } {
  const basis = GUARDS[guard].basis;
  return {
    zh: basis.map((b) => `${LAWS[b.law].short}第${b.articles.join('、')}条`).join('；'),
    en: basis.map((b) => `${LAWS[b.law].shortEn} art. ${b.articles.join(', ')}`).join('; '),
  };
}

export const GUARD_ERRORS = Object.fromEntries(
  GUARD_CODES.map((g) => {
    const c = citation(g);
    return [
      guardErrorCode(g),
      {
        status: 422,
        message: `不符合“${GUARDS[g].name}”的要求（${c.zh}）`,
        messageEn: `${GUARDS[g].nameEn}: not met (${c.en})`,
      },
    ];
  }),
) as Record<GuardErrorCode, { status: 422; message: string; messageEn: string }>;
