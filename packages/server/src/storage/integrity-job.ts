import { appendAuditEvent } from '../audit/append-audit-event.js';
import { systemContext } from '../context.js';
import type { JobHandler } from '../jobs/index.js';
import { type BlobCheckReport, blobsIntact, checkAllBlobs } from './check-blobs.js';
import { blobStoreFor } from './open-blob-store.js';

/** Where the last report is kept (meta), for the console and for whoever asks what the job found. */
export const INTEGRITY_REPORT_KEY = 'storage.integrity-report';

/**
 * The scheduled integrity check (issue 6 item 8; DESIGN "Integrity"): re-hashes every blob a record names
 * and lists the missing, the corrupted and the orphaned. The report goes to meta and, with its counts and
 * the first keys of each kind, to the audit log as `storage.integrity-checked` — a failure outcome when a
 * record's blob is missing or altered. Idempotent: a rerun only checks again.
 */
export const checkBlobsJob: JobHandler = async ({ db, config, now, heartbeat }) => {
  let last = Date.now();
  const report = await checkAllBlobs(db, blobStoreFor(config), {
    onProgress: () => {
      if (Date.now() - last > 60_000) {
        last = Date.now();
        void heartbeat();
      }
    },
  });
  await recordIntegrityReport(db, report, now);
  return summarise(report);
};

export async function recordIntegrityReport(
  db: Parameters<JobHandler>[0]['db'],
  report: BlobCheckReport,
  at: Date,
): Promise<void> {
  const value = JSON.stringify({ at: at.toISOString(), ...report });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meta')
      .values({ key: INTEGRITY_REPORT_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
      .execute();
    await appendAuditEvent(trx, systemContext('job:storage.check-blobs'), {
      operation: 'storage.integrity-checked',
      outcome: blobsIntact(report) ? 'success' : 'failure',
      targetType: 'blob_store',
      changes: {
        integrity: {
          before: null,
          after: {
            checked: report.checked,
            missing: report.missing.length,
            corrupted: report.corrupted.length,
            orphaned: report.orphaned.length,
            firstMissing: report.missing.slice(0, 5).map((m) => m.key),
            firstCorrupted: report.corrupted.slice(0, 5).map((m) => m.key),
            firstOrphaned: report.orphaned.slice(0, 5).map((m) => m.key),
          },
        },
      },
      reason: summarise(report),
    });
  });
}

export function summarise(report: BlobCheckReport): string {
  return `checked ${report.checked} blobs: ${report.missing.length} missing, ${report.corrupted.length} corrupted, ${report.orphaned.length} orphaned`;
}
