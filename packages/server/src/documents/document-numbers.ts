import type { DocumentKind } from '@sanxiang/core';

// Official numbers: 〔机关简称〕〔文种字〕〔年份〕第N号 (DOMAIN.md "The standard document set"), e.g.
// 皋城管罚决字〔2026〕第12号. One sequence per organ, kind and year (issue-number.ts). Internal forms and
// records (审批表, 笔录, 送达回证, 封面) carry the case number instead and take no number of their own.

export const NUMBER_WORDS: Partial<Record<DocumentKind, string>> = {
  'rectification-notice': '责改字',
  'preservation-notice': '登保字',
  'preservation-decision': '保处字',
  'legal-review-opinion': '法审字',
  'prior-notice': '罚告字',
  'hearing-notice-of-rights': '听告字',
  'hearing-notice': '听通字',
  'penalty-decision': '罚决字',
  'on-the-spot-decision': '当罚字',
  'demand-notice': '催告字',
  'seizure-decision': '查扣字',
  'seizure-extension-notice': '延扣字',
  'seizure-release-decision': '解扣字',
  'demolition-deadline-notice': '限拆字',
  'demolition-announcement': '拆告字',
  'demolition-decision': '强拆决字',
  'transfer-letter': '移送字',
  'enforcement-application': '强执申字',
};

export function numberWordOf(kind: DocumentKind): string | null {
  return NUMBER_WORDS[kind] ?? null;
}

export function isNumberedKind(kind: DocumentKind): boolean {
  return numberWordOf(kind) !== null;
}

/** '皋城管' + '罚决字' + 2026 + 12 → '皋城管罚决字〔2026〕第12号'. */
export function formatDocumentNumber(organ: string, word: string, year: number, serial: number): string {
  return `${organ}${word}〔${year}〕第${serial}号`;
}

/** What a draft shows where its number will be. */
export const NUMBER_PLACEHOLDER = '〔签发时编号〕';
