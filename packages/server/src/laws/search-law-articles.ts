import { makeSnippet, queryTerms, segmentQuery } from '@sanxiang/core';
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ArticleWithLaw } from './get-law-article.js';

export interface SearchLawArticlesInput {
  q: string;
  lawId?: string | undefined;
  page: number;
  pageSize: number;
}

export interface LawSearchHit extends ArticleWithLaw {
  snippet: string;
  highlights: [number, number][];
  rank: number;
}

// A reader's query rarely has more words than this; the cap bounds the SQL a request can build.
const MAX_TERMS = 8;

/** '%渣土%' with LIKE's own characters taken literally (backslash is PostgreSQL's default escape). */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Searches every article (Catalogues item 1), two ways at once:
 * - word search: the query cut into words like the stored texts (core segmentQuery), matched against the
 *   tsvector and ranked by ts_rank;
 * - substring: every term occurs in the text (ILIKE), which finds what word boundaries miss (渣土 inside
 *   a longer word). The ILIKE is the test; the trigram index only speeds it up (trigram similarity
 *   treats CJK text differently by locale, so it is never used to decide a match).
 * An article matching either way is a hit; word matches rank first, then statute order.
 */
export async function searchLawArticles(db: Kysely<DB>, input: SearchLawArticlesInput) {
  const terms = queryTerms(input.q).slice(0, MAX_TERMS);
  const tsquery = segmentQuery(terms.join(' '));
  const words = tsquery ? sql<SqlBool>`a.search @@ to_tsquery('simple', ${tsquery})` : null;
  // ts_rank scores partial matches too; only a real word match may lift an article above the others.
  const rank = words
    ? sql<number>`case when ${words} then ts_rank(a.search, to_tsquery('simple', ${tsquery})) else 0 end`
    : sql<number>`0`;

  let query = db
    .selectFrom('law_articles as a')
    .innerJoin('laws as l', 'l.id', 'a.law_id')
    .where((eb) => {
      const substring = eb.and(terms.map((t) => eb('a.text', 'ilike', containsPattern(t))));
      return words ? eb.or([words, substring]) : substring;
    });
  if (input.lawId) query = query.where('a.law_id', '=', input.lawId);

  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'a.law_id as lawId',
      'l.title as lawTitle',
      'a.number',
      'a.suffix',
      'a.label',
      'a.chapter',
      'a.text',
      rank.as('rank'),
    ])
    .orderBy('rank', 'desc')
    .orderBy('a.law_id')
    .orderBy('a.position')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();

  const items: LawSearchHit[] = rows.map((r) => {
    const snippet = makeSnippet(r.text, terms.join(' '));
    return { ...r, rank: Number(r.rank), snippet: snippet.text, highlights: snippet.highlights };
  });
  return { items, total: Number(total), page: input.page, pageSize: input.pageSize };
}
