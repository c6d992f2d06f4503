import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { AppDeps } from '../context.js';
import type { DB } from '../db/schema.js';
import { type JobSchedule, nextRunAfter, scheduleText } from './schedule.js';

// A small DB-backed scheduler (DESIGN "background jobs"): each job is one row of scheduled_jobs; a process
// runs a job only after taking its lease with one conditional UPDATE, so with several server processes on
// one PostgreSQL (or one PGlite process) each due run happens once. A process that dies mid-run loses the
// lease when it expires and another process picks the job up. See README.md in this folder.

export interface JobContext {
  db: Kysely<DB>;
  config: Config;
  /** The time the run was started for (tests pass a fixed one). */
  now: Date;
  name: string;
  /** Long jobs call this now and then to keep their lease (each call extends it by leaseMs). */
  heartbeat(): Promise<void>;
}

/** A handler may return a short text (what it did); it is kept as the job's last_result. */
export type JobHandler = (ctx: JobContext) => Promise<string | undefined | undefined>;

export interface JobOptions {
  /** How long a run may take before another process may assume it died (default 10 minutes). */
  leaseMs?: number;
  /** After a failure, try again this much later (default 5 minutes) unless the schedule comes sooner. */
  retryMs?: number;
  /** 'now' (default): due as soon as the job is first registered in a database; 'scheduled': wait. */
  firstRun?: 'now' | 'scheduled';
}

interface RegisteredJob {
  name: string;
  schedule: JobSchedule;
  handler: JobHandler;
  options: Required<JobOptions>;
}

export interface JobRunReport {
  name: string;
  status: 'ok' | 'failed' | 'skipped';
  result?: string;
  error?: string;
}

const registry = new Map<string, RegisteredJob>();

/**
 * Registers a job for every runner started in this process. `schedule` is `{ every: '15m' }` (or
 * milliseconds) or `{ cron: '0 2 * * *' }` (China time). Registering a name twice replaces the first.
 */
export function registerJob(
  name: string,
  schedule: JobSchedule,
  handler: JobHandler,
  options: JobOptions = {},
) {
  if (!/^[a-z0-9][a-z0-9._-]{0,79}$/.test(name)) throw new Error(`job name not allowed: "${name}"`);
  scheduleText(schedule); // throws on a malformed schedule at registration, not at 2 a.m.
  registry.set(name, {
    name,
    schedule,
    handler,
    options: {
      leaseMs: options.leaseMs ?? 10 * 60_000,
      retryMs: options.retryMs ?? 5 * 60_000,
      firstRun: options.firstRun ?? 'now',
    },
  });
}

export function registeredJobs(): string[] {
  return [...registry.keys()];
}

/** Tests only: forget registrations. */
export function unregisterJob(name: string): void {
  registry.delete(name);
}

const PROCESS_OWNER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

async function ensureRow(db: Kysely<DB>, job: RegisteredJob, now: Date): Promise<void> {
  const text = scheduleText(job.schedule);
  const first = job.options.firstRun === 'now' ? now : nextRunAfter(job.schedule, now);
  await db
    .insertInto('scheduled_jobs')
    .values({ name: job.name, schedule: text, next_run_at: first })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ schedule: text, next_run_at: first })
        // A changed schedule takes effect now; an unchanged one keeps its stored next run.
        .where('scheduled_jobs.schedule', '<>', text),
    )
    .execute();
}

async function runJob(
  deps: Pick<AppDeps, 'db' | 'config'>,
  job: RegisteredJob,
  now: Date,
  owner: string,
  force: boolean,
): Promise<JobRunReport> {
  const { db } = deps;
  await ensureRow(db, job, now);
  let claim = db
    .updateTable('scheduled_jobs')
    .set({
      lease_owner: owner,
      lease_until: new Date(now.getTime() + job.options.leaseMs),
      last_started_at: now,
    })
    .where('name', '=', job.name)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]));
  if (!force) claim = claim.where('next_run_at', '<=', now);
  const claimed = await claim.returning('name').executeTakeFirst();
  if (!claimed) return { name: job.name, status: 'skipped' };

  const heartbeat = async () => {
    await db
      .updateTable('scheduled_jobs')
      .set({ lease_until: new Date(Date.now() + job.options.leaseMs) })
      .where('name', '=', job.name)
      .where('lease_owner', '=', owner)
      .execute();
  };
  try {
    const result =
      (await job.handler({ db, config: deps.config, now, name: job.name, heartbeat })) ?? undefined;
    await db
      .updateTable('scheduled_jobs')
      .set((eb) => ({
        lease_owner: null,
        lease_until: null,
        last_finished_at: new Date(),
        last_status: 'ok',
        last_result: result ? String(result).slice(0, 2000) : null,
        last_error: null,
        runs: eb('runs', '+', 1),
        next_run_at: nextRunAfter(job.schedule, now),
      }))
      .where('name', '=', job.name)
      .where('lease_owner', '=', owner)
      .execute();
    return { name: job.name, status: 'ok', result: result ? String(result) : undefined };
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const normal = nextRunAfter(job.schedule, now);
    const retry = new Date(now.getTime() + job.options.retryMs);
    await db
      .updateTable('scheduled_jobs')
      .set((eb) => ({
        lease_owner: null,
        lease_until: null,
        last_finished_at: new Date(),
        last_status: 'failed',
        last_error: message.slice(0, 2000),
        runs: eb('runs', '+', 1),
        failures: eb('failures', '+', 1),
        next_run_at: retry < normal ? retry : normal,
      }))
      .where('name', '=', job.name)
      .where('lease_owner', '=', owner)
      .execute();
    return { name: job.name, status: 'failed', error: message };
  }
}

/** One pass: runs every registered job that is due and not leased elsewhere, one after the other. */
export async function runDueJobs(
  deps: Pick<AppDeps, 'db' | 'config'>,
  options: { now?: Date; owner?: string } = {},
): Promise<JobRunReport[]> {
  const reports: JobRunReport[] = [];
  for (const job of registry.values())
    reports.push(await runJob(deps, job, options.now ?? new Date(), options.owner ?? PROCESS_OWNER, false));
  return reports;
}

/** Runs one job now whatever its schedule (still only if no other process holds its lease). */
export async function runJobNow(
  deps: Pick<AppDeps, 'db' | 'config'>,
  name: string,
  options: { now?: Date; owner?: string } = {},
): Promise<JobRunReport> {
  const job = registry.get(name);
  if (!job) throw new Error(`no job registered as "${name}"`);
  return runJob(deps, job, options.now ?? new Date(), options.owner ?? PROCESS_OWNER, true);
}

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Starts polling (every `tickMs`, default 15 s, first pass after `firstTickMs`, default 5 s). Started by
 * the server start (start-server.ts), not by tests. SANXIANG_JOBS=off disables it in a process.
 */
export function startJobRunner(
  deps: Pick<AppDeps, 'db' | 'config'>,
  options: { tickMs?: number; firstTickMs?: number; onReport?: (r: JobRunReport) => void } = {},
): JobRunner {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    if (stopped) return;
    current = runDueJobs(deps)
      .then((reports) => {
        for (const r of reports) if (r.status !== 'skipped') options.onReport?.(r);
      })
      .catch((e) => options.onReport?.({ name: '*', status: 'failed', error: String(e) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.tickMs ?? 15_000).unref();
      });
  };
  timer = setTimeout(tick, options.firstTickMs ?? 5_000).unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
