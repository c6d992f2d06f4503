import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { isJobAlive, settleDeadJob } from './import-runner.js';

/** An import's progress and outcome (GET /imports/:jobId), as the console polls it. */
export async function getImportJob(deps: AppDeps, jobId: string) {
  const load = () => deps.db.selectFrom('import_jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
  let job = await load();
  if (!job) throw new AppError('NOT_FOUND');
  if (job.status === 'running' && !isJobAlive(deps, job)) {
    await settleDeadJob(deps.db, job.id);
    job = (await load())!;
  }
  return {
    id: job.id,
    status: job.status,
    processed: job.processed,
    total: job.total,
    imported: job.imported,
    problems: job.problems,
    kind: job.kind,
    versionId: job.version_id,
    fileName: job.workbook_name,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}
