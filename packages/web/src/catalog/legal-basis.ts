import { articleLabel, MAX_CHINESE_NUMERAL, parseChineseNumeral } from '@sanxiang/core';
import type { Lang } from '../i18n/lang';
import type { BasisRole, LegalBasis } from './catalog-model';

// A legal basis is a law of the library plus an article. In the form the article is typed the way staff
// read it in the statute (第二十七条, 第十条之一) or as a plain number (27, 10之一); these functions convert
// between that text and the API's {article, suffix}.

export interface BasisRow {
  lawId?: string;
  /** The article as typed: 27, 第27条, 第二十七条, 第十条之一. */
  article?: string;
  role?: BasisRole;
}

const SUFFIX = '(之[一二三四五六七八九十]+)?';
const ARABIC = new RegExp(`^第?\\s*(\\d{1,4})\\s*条?\\s*${SUFFIX}$`);
const CHINESE = new RegExp(`^第?([零〇一二三四五六七八九十百千]+)条?${SUFFIX}$`);

/**
 * Reads an article reference. Returns null for anything that is not one article (款 and 项 cannot be
 * cited: the library's unit is the article) or is out of range.
 */
export function parseArticleRef(text: string): { article: number; suffix: string } | null {
  const s = text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (s === '') return null;
  const arabic = ARABIC.exec(s);
  if (arabic) {
    const article = Number(arabic[1]);
    return article >= 1 && article <= MAX_CHINESE_NUMERAL ? { article, suffix: arabic[2] ?? '' } : null;
  }
  const chinese = CHINESE.exec(s);
  if (chinese) {
    try {
      return { article: parseChineseNumeral(chinese[1]!), suffix: chinese[2] ?? '' };
    } catch {
      return null;
    }
  }
  return null;
}

/** '第二十七条之一'; numbers beyond the Chinese numerals the library uses are written in digits. */
export function articleRefLabel(article: number, suffix = ''): string {
  return Number.isInteger(article) && article >= 1 && article <= MAX_CHINESE_NUMERAL
    ? articleLabel(article, suffix)
    : `第${article}条${suffix}`;
}

export function basisToRow(b: LegalBasis): BasisRow {
  return {
    lawId: b.lawId,
    article: articleRefLabel(b.article, b.suffix ?? ''),
    ...(b.role ? { role: b.role } : {}),
  };
}

/** The API shape of a form row (the form has already checked that the article parses). */
export function rowToBasis(row: BasisRow, withRole: boolean): LegalBasis {
  const ref = parseArticleRef(row.article ?? '');
  if (!row.lawId || !ref) throw new Error('legal basis row is incomplete');
  return {
    lawId: row.lawId,
    article: ref.article,
    ...(ref.suffix ? { suffix: ref.suffix } : {}),
    ...(withRole && row.role ? { role: row.role } : {}),
  };
}

export interface RowProblem {
  index: number;
  field: 'lawId' | 'article';
  message: string;
}

interface MissingBasis {
  lawId: string;
  article: number;
  suffix: string;
  message: string;
  messageEn: string;
}

function isMissingBasis(d: unknown): d is MissingBasis {
  if (typeof d !== 'object' || d === null) return false;
  const m = d as Record<string, unknown>;
  return typeof m.lawId === 'string' && typeof m.article === 'number';
}

/**
 * Places a LEGAL_BASIS_UNKNOWN answer on the form: the server lists the bases that name no existing
 * article ({lawId, article, suffix}); each is marked on every row that cites it, on the law when the library
 * has no such law and on the article otherwise. Entries no row matches are returned as `unplaced`.
 */
export function unknownBasisProblems(
  rows: readonly BasisRow[],
  details: unknown,
  lang: Lang,
  knownLawIds: ReadonlySet<string>,
): { placed: RowProblem[]; unplaced: string[] } {
  const placed: RowProblem[] = [];
  const unplaced: string[] = [];
  for (const missing of Array.isArray(details) ? details.filter(isMissingBasis) : []) {
    const message =
      lang === 'en' ? missing.messageEn || missing.message : missing.message || missing.messageEn;
    let matched = false;
    rows.forEach((row, index) => {
      const ref = parseArticleRef(row.article ?? '');
      if (row.lawId !== missing.lawId || !ref) return;
      if (ref.article !== missing.article || ref.suffix !== (missing.suffix ?? '')) return;
      matched = true;
      placed.push({ index, field: knownLawIds.has(missing.lawId) ? 'article' : 'lawId', message });
    });
    if (!matched) unplaced.push(message);
  }
  return { placed, unplaced };
}
