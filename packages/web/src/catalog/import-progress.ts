import type { ImportJob, ImportProblem } from './catalog-model';

/** How far an import is, 0–100; a finished job is at 100 whatever it counted. */
export function importPercent(job: Pick<ImportJob, 'status' | 'processed' | 'total'>): number {
  if (job.status !== 'running') return 100;
  if (job.total <= 0) return 0;
  return Math.min(99, Math.floor((job.processed / job.total) * 100));
}

export function progressStatus(job: Pick<ImportJob, 'status'>): 'active' | 'success' | 'exception' {
  return job.status === 'running' ? 'active' : job.status === 'succeeded' ? 'success' : 'exception';
}

/** Poll quickly while the job runs, then stop. */
export function pollInterval(job: Pick<ImportJob, 'status'> | undefined): number | false {
  return !job || job.status === 'running' ? 700 : false;
}

/** The workbook's main sheet per kind, as the server's layout names it. */
export const MAIN_SHEET = { matters: '行政执法事项', inspections: '随机抽查事项' } as const;

/**
 * Where a problem is: the server names a column of another sheet as 「裁量基准·罚款上限（元）」 and a column of
 * the main sheet by its header alone.
 */
export function problemLocation(
  problem: Pick<ImportProblem, 'column'>,
  mainSheet: string,
): { sheet: string; column: string } {
  const at = problem.column.indexOf('·');
  if (at <= 0) return { sheet: mainSheet, column: problem.column };
  return { sheet: problem.column.slice(0, at), column: problem.column.slice(at + 1) };
}
