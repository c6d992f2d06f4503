import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import type { ReceivedUpload } from '../storage/receive-upload.js';
import { isJobAlive, settleDeadJob, startImportJob } from './import-runner.js';
import { getVersionOrThrow, lockDraft } from './version-query.js';

export const WORKBOOK_UPLOAD = {
  field: 'workbook',
  maxBytes: 50 * 1024 * 1024,
  extensions: ['.xlsx'],
} as const;

/** Every .xlsx is a zip: it starts with a local file header. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Accepts a workbook for import into a draft (P-03/P-04) and starts the job: checks the version before
 * taking the upload, streams the file into the blob store (≤ 50 MB, .xlsx only), records the job and
 * returns its id; the reading, checking and replacing continue in the background (import-runner.ts).
 */
export async function importWorkbook(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  versionId: string,
  receive: () => Promise<ReceivedUpload>,
): Promise<{ jobId: string }> {
  const version = await getVersionOrThrow(deps.db, kind, versionId);
  if (version.status !== 'draft') throw new AppError('CATALOG_VERSION_LOCKED');
  await refuseIfRunning(deps, versionId);

  const upload = await receive();
  const blobs = blobStoreFor(deps.config);
  const head =
    upload.blob.size >= 4
      ? await buffer(await blobs.get(upload.blob.key, { start: 0, end: 3 }))
      : Buffer.alloc(0);
  if (!head.equals(ZIP_MAGIC)) throw new AppError('IMPORT_NOT_XLSX');

  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    // The version row lock serialises two uploads racing for the same draft.
    await lockDraft(trx, kind, versionId);
    await refuseIfRunning(deps, versionId, trx);
    await trx
      .insertInto('import_jobs')
      .values({
        id,
        kind,
        version_id: versionId,
        status: 'running',
        problems: '[]',
        workbook_name: upload.name,
        workbook_size: upload.blob.size,
        workbook_sha256: upload.blob.sha256,
        workbook_sm3: upload.blob.sm3,
        workbook_key: upload.blob.key,
        created_by: ctx.actor!.userId,
      })
      .execute();
  });
  startImportJob(deps, ctx, {
    id,
    kind,
    versionId,
    workbook: { name: upload.name, key: upload.blob.key, size: upload.blob.size, sha256: upload.blob.sha256 },
  });
  return { jobId: id };
}

async function refuseIfRunning(deps: AppDeps, versionId: string, db: Tx = deps.db) {
  const open = await db
    .selectFrom('import_jobs')
    .select(['id', 'created_at'])
    .where('version_id', '=', versionId)
    .where('status', '=', 'running')
    .execute();
  for (const job of open) {
    if (isJobAlive(deps, job)) throw new AppError('IMPORT_RUNNING');
    await settleDeadJob(db, job.id);
  }
}
