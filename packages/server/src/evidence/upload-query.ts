import type { Selectable } from 'kysely';
import type { Actor, Tx } from '../context.js';
import type { EvidenceUploadTable } from '../db/schema-evidence.js';
import { AppError } from '../errors/app-error.js';

export type UploadRow = Selectable<EvidenceUploadTable>;

/** An upload session belongs to the account that opened it; anyone else gets NOT_FOUND. */
export async function loadUploadRow(
  db: Tx,
  id: string,
  actor: Actor,
  options: { forUpdate?: boolean } = {},
): Promise<UploadRow> {
  let q = db
    .selectFrom('evidence_uploads')
    .selectAll()
    .where('id', '=', id)
    .where('created_by', '=', actor.userId);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function presentUpload(row: UploadRow) {
  return {
    id: row.id,
    status: row.status,
    fileName: row.file_name,
    size: Number(row.total_size),
    offset: Number(row.received),
    evidenceId: row.evidence_id,
  };
}
