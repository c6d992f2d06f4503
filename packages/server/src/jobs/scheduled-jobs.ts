import type { Config } from '../config.js';
import { sweepStaleUploadsJob } from '../evidence/sweep-stale-uploads.js';
import { takeDownExpiredJob } from '../publicity/take-down-expired.js';
import { checkBlobsJob } from '../storage/integrity-job.js';
import { registerTransparencyJobs } from '../transparency/jobs.js';
import { registerJob } from './index.js';

// Every scheduled job of the server, registered in one place so a reader sees what runs when.
// Add one line per job (see README.md). Called once by start-server.ts before the runner starts; tests
// register the jobs they need themselves.
export function registerScheduledJobs(config: Config): void {
  // signed tree heads of the verifiable log (hourly unless SANXIANG_TREE_HEAD_EVERY says otherwise).
  registerTransparencyJobs(process.env, config);
  // R-06, issue 6 item 8: re-hash every stored blob nightly at 02:00; missing, corrupted and orphaned reported.
  registerJob('storage.check-blobs', { cron: '0 2 * * *' }, checkBlobsJob);
  // uploads abandoned for seven days are closed and their staging bytes removed (03:00 daily).
  registerJob('evidence.sweep-stale-uploads', { cron: '0 3 * * *' }, sweepStaleUploadsJob);
  // P-09: items whose public period has ended leave the portal; checked daily at 00:30 China time.
  registerJob('publicity.take-down-expired', { cron: '30 0 * * *' }, takeDownExpiredJob);
}
