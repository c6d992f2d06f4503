export type { JobContext, JobHandler, JobOptions, JobRunner, JobRunReport } from './runner.js';
export {
  registeredJobs,
  registerJob,
  runDueJobs,
  runJobNow,
  startJobRunner,
  unregisterJob,
} from './runner.js';
export type { JobSchedule } from './schedule.js';
export { nextCronTime, nextRunAfter, parseInterval } from './schedule.js';
