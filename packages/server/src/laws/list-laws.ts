import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface LawSummary {
  id: string;
  title: string;
  versionNotes: string[];
  effectiveDate: string | null;
  articleCount: number;
  loadedAt: string;
}

export function presentLaw(row: {
  id: string;
  title: string;
  version_notes: string[];
  effective_date: string | null;
  article_count: number;
  loaded_at: Date;
}): LawSummary {
  return {
    id: row.id,
    title: row.title,
    versionNotes: row.version_notes,
    effectiveDate: row.effective_date,
    articleCount: row.article_count,
    loadedAt: row.loaded_at.toISOString(),
  };
}

const LAW_COLUMNS = ['id', 'title', 'version_notes', 'effective_date', 'article_count', 'loaded_at'] as const;

/** Every law in the library, by title. Public information: the statutes the bureau applies. */
export async function listLaws(db: Kysely<DB>): Promise<{ items: LawSummary[] }> {
  const rows = await db.selectFrom('laws').select(LAW_COLUMNS).orderBy('title').execute();
  return { items: rows.map(presentLaw) };
}

/** One law's summary, or undefined. */
export async function findLaw(db: Kysely<DB>, id: string): Promise<LawSummary | undefined> {
  const row = await db.selectFrom('laws').select(LAW_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? presentLaw(row) : undefined;
}
