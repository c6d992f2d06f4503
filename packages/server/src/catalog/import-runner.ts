import type { Readable } from 'node:stream';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import type { CatalogKind, ImportProblem } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { importItems } from './import-items.js';
import { MAX_DATA_ROWS, readCatalogWorkbook, WorkbookTooLargeError } from './workbook-reader.js';
import { loadWorkbookReferences } from './workbook-references.js';
import { countFirstSheetRows } from './workbook-row-count.js';

// Imports run in the background of the process that accepted the upload: the POST answers 202 with the
// job's id at once, and the job row (import_jobs) carries the progress the console polls. This fits one
// process (the PGlite deployment). When the server runs as several processes on PostgreSQL, this moves to
// the job queue (pg-boss, DESIGN "Storage"), so that any process can pick a job up and a job survives a
// restart; the job row and its API stay as they are.

export interface ImportJobSpec {
  id: string;
  kind: CatalogKind;
  versionId: string;
  workbook: { name: string; key: string; size: number; sha256: string };
}

/** How often (in data rows) the job row's progress is written. */
export const PROGRESS_EVERY = 250;

/** A job still 'running' past this age on PostgreSQL, and not running here, is taken as dead. */
const STALE_AFTER_MS = 30 * 60_000;

const running = new Map<string, Promise<void>>();

/** Starts the job without waiting for it. */
export function startImportJob(deps: AppDeps, ctx: RequestContext, job: ImportJobSpec): void {
  const work = runImportJob(deps, ctx, job)
    .catch(() => undefined) // runImportJob records its own failures; nothing may escape as unhandled
    .finally(() => running.delete(job.id));
  running.set(job.id, work);
}

/** Resolves when every import started in this process has finished (shutdown, tests). */
export async function waitForImportJobs(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running.values()]);
}

/**
 * Whether a 'running' row is really running. In one process (PGlite) a job not in this process's list
 * died with an earlier process; on PostgreSQL another process may hold it, so only age decides there.
 */
export function isJobAlive(deps: AppDeps, job: { id: string; created_at: Date | string }): boolean {
  if (running.has(job.id)) return true;
  if (deps.dbKind === 'pglite') return false;
  return Date.now() - new Date(job.created_at).getTime() < STALE_AFTER_MS;
}

const INTERRUPTED: ImportProblem = {
  row: 0,
  column: '',
  reason: '导入因服务重启而中断，没有导入任何事项，请重新导入',
  reasonEn: 'The import was interrupted by a server restart; nothing was imported. Please import again.',
};

/** Marks a dead 'running' job as failed, so it no longer blocks imports into its version. */
export async function settleDeadJob(db: Tx, jobId: string): Promise<void> {
  await finish(db, jobId, { status: 'failed', problems: [INTERRUPTED] });
}

async function finish(
  db: Tx,
  jobId: string,
  outcome: { status: 'succeeded' | 'failed'; problems?: ImportProblem[]; imported?: number; rows?: number },
) {
  await db
    .updateTable('import_jobs')
    .set({
      status: outcome.status,
      problems: JSON.stringify(outcome.problems ?? []),
      imported: outcome.imported ?? 0,
      ...(outcome.rows !== undefined ? { processed: outcome.rows, total: outcome.rows } : {}),
      finished_at: new Date(),
    })
    .where('id', '=', jobId)
    .where('status', '=', 'running')
    .execute();
}

async function runImportJob(deps: AppDeps, ctx: RequestContext, job: ImportJobSpec): Promise<void> {
  let reading = true;
  let input: Readable | null = null;
  try {
    const blobs = blobStoreFor(deps.config);
    const refs = await loadWorkbookReferences(deps.db);
    const estimate = await countFirstSheetRows(
      (range) => blobs.get(job.workbook.key, range),
      job.workbook.size,
    );
    let total = Math.max(0, (estimate ?? 1) - 1);
    if (total > 0) await deps.db.updateTable('import_jobs').set({ total }).where('id', '=', job.id).execute();

    input = await blobs.get(job.workbook.key);
    const result = await readCatalogWorkbook(input, job.kind, refs, {
      progressEvery: PROGRESS_EVERY,
      onProgress: async (rows) => {
        total = Math.max(total, rows);
        await deps.db
          .updateTable('import_jobs')
          .set({ processed: rows, total })
          .where('id', '=', job.id)
          .execute();
      },
    });
    reading = false;
    if (result.problems.length > 0) {
      await finish(deps.db, job.id, { status: 'failed', problems: result.problems, rows: result.rows });
      return;
    }
    if (result.items.length === 0) {
      await finish(deps.db, job.id, {
        status: 'failed',
        rows: 0,
        problems: [
          { row: 2, column: '', reason: '工作簿中没有任何事项', reasonEn: 'The workbook holds no items' },
        ],
      });
      return;
    }
    const counts = await importItems(deps, ctx, job.kind, job.versionId, result.items, {
      jobId: job.id,
      fileName: job.workbook.name,
      sha256: job.workbook.sha256,
    });
    await finish(deps.db, job.id, { status: 'succeeded', imported: counts.after, rows: result.rows });
  } catch (error) {
    const problem: ImportProblem =
      error instanceof AppError
        ? { row: 0, column: '', reason: error.message, reasonEn: error.messageEn }
        : error instanceof WorkbookTooLargeError
          ? {
              row: MAX_DATA_ROWS + 2,
              column: '',
              reason: `工作表超过 ${MAX_DATA_ROWS} 行，不像是一份清单，未导入`,
              reasonEn: `The sheet has more than ${MAX_DATA_ROWS} rows; that is not a catalogue, and nothing was imported`,
            }
          : reading
            ? {
                row: 0,
                column: '',
                reason: '无法读取该工作簿：文件可能已损坏，或不是 Excel 工作簿（.xlsx）',
                reasonEn: 'The workbook cannot be read: the file may be damaged or not an .xlsx workbook',
              }
            : {
                row: 0,
                column: '',
                reason: '导入失败（服务器内部错误），没有导入任何事项，请稍后重试',
                reasonEn: 'The import failed (internal error); nothing was imported. Please try again later.',
              };
    await finish(deps.db, job.id, { status: 'failed', problems: [problem] }).catch(() => undefined);
  } finally {
    // A read abandoned midway (too many rows, a broken file) must not keep the file open.
    input?.destroy();
  }
}
