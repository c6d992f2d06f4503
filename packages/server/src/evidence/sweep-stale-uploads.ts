import { appendAuditEvent } from '../audit/append-audit-event.js';
import { systemContext } from '../context.js';
import type { JobHandler } from '../jobs/index.js';
import { removeStaging } from './upload-files.js';

/** Uploads untouched for this long are given up (their staging bytes removed); the client starts again. */
export const STALE_UPLOAD_DAYS = 7;

/**
 * Daily: open uploads with no byte received for STALE_UPLOAD_DAYS are closed as aborted and their staging
 * files removed, so abandoned footage does not fill the disk. Each is an audit event. Idempotent.
 */
export const sweepStaleUploadsJob: JobHandler = async ({ db, config, now }) => {
  const cutoff = new Date(now.getTime() - STALE_UPLOAD_DAYS * 86_400_000);
  const stale = await db
    .selectFrom('evidence_uploads')
    .select(['id', 'received', 'total_size'])
    .where('status', '=', 'open')
    .where('updated_at', '<', cutoff)
    .execute();
  for (const upload of stale) {
    await db.transaction().execute(async (trx) => {
      const closed = await trx
        .updateTable('evidence_uploads')
        .set({ status: 'aborted', updated_at: now })
        .where('id', '=', upload.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(closed.numUpdatedRows) === 0) return;
      await appendAuditEvent(trx, systemContext('job:evidence.sweep-stale-uploads'), {
        operation: 'evidence.upload-aborted',
        targetType: 'evidence_upload',
        targetId: upload.id,
        changes: { status: { before: 'open', after: 'aborted' } },
        reason: `no bytes for ${STALE_UPLOAD_DAYS} days (${upload.received} of ${upload.total_size} received)`,
      });
    });
    await removeStaging(config, upload.id);
  }
  return `${stale.length} stale uploads closed`;
};
