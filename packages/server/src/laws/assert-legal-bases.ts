import { articleLabel, MAX_CHINESE_NUMERAL } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';

/** A legal basis as other domains store it: a law of the library and one of its articles. */
export interface LegalBasisRef {
  lawId: string;
  article: number;
  /** '之一'… for an inserted article (第十条之一); omitted or '' otherwise. */
  suffix?: string | undefined;
}

export interface MissingLegalBasis {
  lawId: string;
  article: number;
  suffix: string;
  /** '《城市道路管理条例》没有第九百九十九条', or '法律法规库中没有“…”' when the law itself is unknown. */
  message: string;
  messageEn: string;
}

export interface LegalBasisArticle {
  lawId: string;
  lawTitle: string;
  number: number;
  suffix: string;
  label: string;
  chapter: string | null;
  text: string;
}

/** '第九十九条' when the number can be written in Chinese, '第12345条' when it cannot. */
export function basisLabel(article: number, suffix = ''): string {
  return Number.isInteger(article) && article >= 1 && article <= MAX_CHINESE_NUMERAL
    ? articleLabel(article, suffix)
    : `第${article}条${suffix}`;
}

function basisLabelEn(article: number, suffix: string): string {
  return suffix ? `article ${article} (${suffix})` : `article ${article}`;
}

const keyOf = (lawId: string, article: number, suffix: string) => `${lawId}\u0000${article}\u0000${suffix}`;

async function fetchArticles(db: Tx, asked: readonly LegalBasisRef[]): Promise<LegalBasisArticle[]> {
  // A number no statute uses (0, 2.5, 10^10) is missing by definition; keeping it out of the query also
  // keeps it from overflowing the integer column.
  const bases = asked.filter(
    (b) => Number.isInteger(b.article) && b.article >= 1 && b.article <= MAX_CHINESE_NUMERAL,
  );
  if (bases.length === 0) return [];
  return db
    .selectFrom('law_articles as a')
    .innerJoin('laws as l', 'l.id', 'a.law_id')
    .select([
      'a.law_id as lawId',
      'l.title as lawTitle',
      'a.number',
      'a.suffix',
      'a.label',
      'a.chapter',
      'a.text',
    ])
    .where((eb) =>
      eb.or(
        bases.map((b) =>
          eb.and([
            eb('a.law_id', '=', b.lawId),
            eb('a.number', '=', b.article),
            eb('a.suffix', '=', b.suffix ?? ''),
          ]),
        ),
      ),
    )
    .execute();
}

/**
 * Every legal basis elsewhere must name an article that exists (Catalogues item 1): an enforcement
 * matter citing 《城市道路管理条例》第九十九条 (the regulation has 45) would carry a basis nobody can read.
 * Call inside the saving operation's transaction, before the write. Throws LEGAL_BASIS_UNKNOWN (422)
 * listing every missing one in `details`, so a form can mark them all at once.
 */
export async function assertLegalBasesExist(db: Tx, bases: readonly LegalBasisRef[]): Promise<void> {
  const found = new Set((await fetchArticles(db, bases)).map((a) => keyOf(a.lawId, a.number, a.suffix)));
  const wanted = bases.filter((b) => !found.has(keyOf(b.lawId, b.article, b.suffix ?? '')));
  if (wanted.length === 0) return;

  const lawIds = [...new Set(wanted.map((b) => b.lawId))];
  const titles = new Map(
    (await db.selectFrom('laws').select(['id', 'title']).where('id', 'in', lawIds).execute()).map((l) => [
      l.id,
      l.title,
    ]),
  );
  const seen = new Set<string>();
  const missing: MissingLegalBasis[] = [];
  for (const b of wanted) {
    const suffix = b.suffix ?? '';
    const key = keyOf(b.lawId, b.article, suffix);
    if (seen.has(key)) continue;
    seen.add(key);
    const title = titles.get(b.lawId);
    missing.push({
      lawId: b.lawId,
      article: b.article,
      suffix,
      message: title
        ? `《${title}》没有${basisLabel(b.article, suffix)}`
        : `法律法规库中没有“${b.lawId}”，无法引用其${basisLabel(b.article, suffix)}`,
      messageEn: title
        ? `${title} has no ${basisLabelEn(b.article, suffix)}`
        : `The law library has no law ${b.lawId} (cited at ${basisLabelEn(b.article, suffix)})`,
    });
  }
  throw new AppError('LEGAL_BASIS_UNKNOWN', missing, {
    message: missing.map((m) => m.message).join('；'),
    messageEn: missing.map((m) => m.messageEn).join('; '),
  });
}

/**
 * The texts of the cited articles, for showing a legal basis in full (decisions, the portal). In the
 * order asked, each once; a basis that names no existing article is left out (assertLegalBasesExist is
 * the check).
 */
export async function getArticles(db: Tx, bases: readonly LegalBasisRef[]): Promise<LegalBasisArticle[]> {
  const byKey = new Map((await fetchArticles(db, bases)).map((a) => [keyOf(a.lawId, a.number, a.suffix), a]));
  const out: LegalBasisArticle[] = [];
  const seen = new Set<string>();
  for (const b of bases) {
    const key = keyOf(b.lawId, b.article, b.suffix ?? '');
    const article = byKey.get(key);
    if (article && !seen.has(key)) out.push(article);
    seen.add(key);
  }
  return out;
}
