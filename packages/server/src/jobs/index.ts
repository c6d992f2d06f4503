export type { JobSchedule } from './schedule.js';
export { nextCronTime, nextRunAfter, parseInterval } from './schedule.js';
export type { JobContext, JobHandler, JobOptions, JobRunReport, JobRunner } from './runner.js';
export { registerJob, registeredJobs, runDueJobs, runJobNow, startJobRunner, unregisterJob } from './runner.js';
