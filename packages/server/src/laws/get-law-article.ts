import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { basisLabel } from './assert-legal-bases.js';
import { type LawArticleView, lawNotFound } from './get-law.js';

export interface ArticleWithLaw extends LawArticleView {
  lawId: string;
  lawTitle: string;
}

/** One article, e.g. 行政处罚法 第六十四条 for a citation link (public). */
export async function getLawArticle(
  db: Kysely<DB>,
  lawId: string,
  number: number,
  suffix = '',
): Promise<ArticleWithLaw> {
  const law = await db.selectFrom('laws').select(['id', 'title']).where('id', '=', lawId).executeTakeFirst();
  if (!law) throw lawNotFound(lawId);
  const row = await db
    .selectFrom('law_articles')
    .select(['number', 'suffix', 'label', 'chapter', 'text'])
    .where('law_id', '=', lawId)
    .where('number', '=', number)
    .where('suffix', '=', suffix)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('NOT_FOUND', undefined, {
      message: `《${law.title}》没有${basisLabel(number, suffix)}`,
      messageEn: `${law.title} has no article ${number}${suffix ? ` (${suffix})` : ''}`,
    });
  }
  return { lawId: law.id, lawTitle: law.title, ...row };
}
