import { type TocEntry, tableOfContents } from '@sanxiang/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { findLaw, type LawSummary } from './list-laws.js';

export interface LawArticleView {
  number: number;
  suffix: string;
  label: string;
  chapter: string | null;
  text: string;
}

export interface FlatTocEntry {
  level: number;
  title: string;
  first: { number: number; suffix: string; label: string };
  articleCount: number;
}

export interface LawDetail extends LawSummary {
  toc: FlatTocEntry[];
  articles: LawArticleView[];
}

function flatten(entries: TocEntry[], level = 0): FlatTocEntry[] {
  return entries.flatMap(({ children, ...entry }) => [{ level, ...entry }, ...flatten(children, level + 1)]);
}

export function lawNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', undefined, {
    message: `法律法规库中没有“${id}”`,
    messageEn: `The law library has no law ${id}`,
  });
}

/** A law with all its articles in statute order and its outline (public). */
export async function getLaw(db: Kysely<DB>, id: string): Promise<LawDetail> {
  const law = await findLaw(db, id);
  if (!law) throw lawNotFound(id);
  const articles = await db
    .selectFrom('law_articles')
    .select(['number', 'suffix', 'label', 'chapter', 'text'])
    .where('law_id', '=', id)
    .orderBy('position')
    .execute();
  return { ...law, toc: flatten(tableOfContents(articles)), articles };
}
