import { sql } from 'kysely';
import type { Tx } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { presentVersion, type Version } from './presenters.js';

/** Versions with their people, item count and whether each is the current one; never the document bytes. */
export function versionQuery(db: Tx) {
  return db
    .selectFrom('catalog_versions as v')
    .innerJoin('users as c', 'c.id', 'v.created_by')
    .leftJoin('users as a', 'a.id', 'v.approved_by')
    .select([
      'v.id',
      'v.kind',
      'v.version_no',
      'v.title',
      'v.note',
      'v.status',
      'v.created_by',
      'v.created_at',
      'v.submitted_at',
      'v.approved_at',
      'v.return_reason',
      'v.filing_number',
      'v.filing_date',
      'v.filing_document_name',
      'v.filing_document_sha256',
      'v.filed_at',
      'c.username as creator_username',
      'c.display_name as creator_name',
      'a.username as approver_username',
      'a.display_name as approver_name',
      sql<string>`case when v.kind = 'matters'
        then (select count(*) from matter_items i where i.version_id = v.id)
        else (select count(*) from inspection_items i where i.version_id = v.id) end`.as('item_count'),
      // The current version is the newest filed one of its kind.
      sql<boolean>`(v.status = 'filed' and not exists (
        select 1 from catalog_versions n
        where n.kind = v.kind and n.status = 'filed' and n.version_no > v.version_no))`.as('is_current'),
    ]);
}

export async function getVersionOrThrow(db: Tx, kind: CatalogKind, id: string): Promise<Version> {
  const row = await versionQuery(db).where('v.id', '=', id).where('v.kind', '=', kind).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return presentVersion(row);
}

/**
 * The version's row, locked for the rest of the transaction: a status change and an item edit on the same
 * version take turns, so an item can never slip into a version just submitted.
 */
export async function lockVersion(trx: Tx, kind: CatalogKind, id: string) {
  const row = await trx
    .selectFrom('catalog_versions')
    .select(['id', 'status', 'created_by', 'approved_at', 'return_reason'])
    .where('id', '=', id)
    .where('kind', '=', kind)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Item edits are for drafts only (the database trigger holds the same line). */
export async function lockDraft(trx: Tx, kind: CatalogKind, id: string) {
  const row = await lockVersion(trx, kind, id);
  if (row.status !== 'draft') throw new AppError('CATALOG_VERSION_LOCKED');
  return row;
}

/** The newest filed version of a kind, or null before the first filing. */
export async function currentVersion(db: Tx, kind: CatalogKind) {
  return (
    (await db
      .selectFrom('catalog_versions')
      .select(['id', 'version_no', 'title', 'filing_number', 'filing_date'])
      .where('kind', '=', kind)
      .where('status', '=', 'filed')
      .orderBy('version_no', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}
