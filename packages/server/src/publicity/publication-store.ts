import { randomBytes } from 'node:crypto';
import {
  findRedactions,
  REDACTION_KINDS,
  type RedactionKind,
  resolveOverlaps,
  segmentChinese,
} from '@sanxiang/core';
import { sql } from 'kysely';
import type { Tx } from '../context.js';
import type { StoredRedaction } from '../db/schema-publicity.js';
import { AppError } from '../errors/app-error.js';
import type { PublicationRow } from './present.js';

export async function lockPublication(trx: Tx, id: string): Promise<PublicationRow> {
  const row = await trx
    .selectFrom('publications')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('PUBLICATION_NOT_FOUND');
  return row;
}

/** 22 characters of base64url from 128 random bits: a public page cannot be found by guessing its address. */
export function newPublicId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The officer's redactions checked against the text: inside it, not empty, not overlapping, a known kind.
 * The quoted text is taken from the source, never from the request.
 */
export function checkRedactions(
  text: string,
  input: readonly { kind: string; start: number; end: number; origin?: 'auto' | 'manual' }[],
): StoredRedaction[] {
  const sorted = [...input].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const r of sorted) {
    if (
      !REDACTION_KINDS.includes(r.kind as RedactionKind) ||
      r.start < at ||
      r.end <= r.start ||
      r.end > text.length
    )
      throw new AppError('REDACTION_INVALID', {
        start: r.start,
        end: r.end,
        kind: r.kind,
        length: text.length,
      });
    at = r.end;
  }
  return sorted.map((r) => ({
    kind: r.kind as RedactionKind,
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    origin: r.origin ?? 'manual',
  }));
}

/** Fresh findings for a corrected text, keeping the officer's manual ones that still quote the same words. */
export function refindRedactions(
  text: string,
  options: Parameters<typeof findRedactions>[1],
): StoredRedaction[] {
  return resolveOverlaps(findRedactions(text, options)).map((f) => ({ ...f, origin: 'auto' as const }));
}

/** Writes the next immutable version and points the publication's search words at it. */
export async function writeVersion(
  trx: Tx,
  row: PublicationRow,
  v: {
    title: string;
    body: string;
    redactions: StoredRedaction[];
    reason: string | null;
    by: string | null;
    /** When it was published, if not now (the demo's history). */
    at?: Date;
  },
): Promise<number> {
  const version = row.current_version + 1;
  await trx
    .insertInto('publication_versions')
    .values({
      publication_id: row.id,
      version,
      title: v.title,
      body: v.body,
      redactions: JSON.stringify(v.redactions),
      reason: v.reason,
      published_by: v.by,
      ...(v.at ? { published_at: v.at } : {}),
    })
    .execute();
  // Only the redacted words are searchable: a hidden name cannot be found by searching for it.
  const words = segmentChinese(`${v.title} ${row.party_name} ${v.body}`);
  await sql`update publications set search_vector = to_tsvector('simple', ${words}) where id = ${row.id}`.execute(
    trx,
  );
  return version;
}
