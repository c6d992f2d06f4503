import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerJob, runDueJobs, runJobNow, unregisterJob } from '../src/jobs/index.js';
import { nextCronTime, parseInterval } from '../src/jobs/schedule.js';
import { registerTransparencyJobs, SIGN_TREE_HEAD_JOB } from '../src/transparency/jobs.js';
import { type TestApp, testApp } from './support/test-app.js';

// The background job runner (DESIGN "background jobs"): schedules, one lease per job across processes,
// failures kept and retried. Used by the log's signed tree heads (R-01) and by other domains' jobs.

describe('schedules', () => {
  it('intervals and five-field cron in China time', () => {
    expect(parseInterval('15m')).toBe(900_000);
    expect(parseInterval('1d')).toBe(86_400_000);
    expect(() => parseInterval('soon')).toThrow();
    expect(() => parseInterval(10)).toThrow();
    // 02:00 in Rugao is 18:00 UTC the day before.
    expect(nextCronTime('0 2 * * *', new Date('2026-07-01T12:00:00Z')).toISOString()).toBe(
      '2026-07-01T18:00:00.000Z',
    );
    expect(nextCronTime('0 2 * * *', new Date('2026-07-01T18:00:00Z')).toISOString()).toBe(
      '2026-07-02T18:00:00.000Z',
    );
    // Every 15 minutes on weekdays: Saturday 2026-07-04 in China → Monday 00:00 China time.
    expect(nextCronTime('*/15 * * * 1-5', new Date('2026-07-03T16:05:00Z')).toISOString()).toBe(
      '2026-07-05T16:00:00.000Z',
    );
    expect(nextCronTime('30 9 1 * *', new Date('2026-07-01T02:00:00Z')).toISOString()).toBe(
      '2026-08-01T01:30:00.000Z',
    );
    expect(() => registerJob('x', { cron: '61 * * * *' }, async () => undefined)).toThrow();
  });
});

describe('the runner on one database', () => {
  let t: TestApp;
  const runs: string[] = [];
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => t.close());
  afterEach(() => {
    unregisterJob('test.count');
    unregisterJob('test.fail');
    unregisterJob(SIGN_TREE_HEAD_JOB);
    runs.length = 0;
  });

  it('runs a due job once per period, and only one of two processes holding the lease runs it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    registerJob('test.count', { every: '1h' }, async ({ now }) => {
      runs.push(now.toISOString());
      await gate;
      return 'counted';
    });
    const deps = t.deps;
    const now = new Date('2026-07-01T00:00:00Z');
    // Process A takes the lease and is still running when process B looks.
    const a = runDueJobs(deps, { now, owner: 'process-a' });
    await new Promise((r) => setTimeout(r, 200));
    const b = await runDueJobs(deps, { now, owner: 'process-b' });
    expect(b.find((r) => r.name === 'test.count')!.status).toBe('skipped');
    release();
    expect((await a).find((r) => r.name === 'test.count')).toMatchObject({ status: 'ok', result: 'counted' });
    expect(runs).toHaveLength(1);
    // Not due again within the hour; due after it.
    expect(
      (await runDueJobs(deps, { now: new Date('2026-07-01T00:30:00Z'), owner: 'process-b' }))[0]!.status,
    ).toBe('skipped');
    expect(
      (await runDueJobs(deps, { now: new Date('2026-07-01T01:00:00Z'), owner: 'process-b' }))[0]!.status,
    ).toBe('ok');
    const row = await t.deps.db
      .selectFrom('scheduled_jobs')
      .selectAll()
      .where('name', '=', 'test.count')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      runs: 2,
      failures: 0,
      last_status: 'ok',
      last_result: 'counted',
      lease_owner: null,
    });
    expect(new Date(row.next_run_at).toISOString()).toBe('2026-07-01T02:00:00.000Z');
  });

  it('a lease left by a process that died expires, and another process takes the job', async () => {
    registerJob('test.count', { every: '1h' }, async () => 'ran', { leaseMs: 60_000 });
    await t.deps.db
      .updateTable('scheduled_jobs')
      .set({
        lease_owner: 'dead',
        lease_until: new Date('2026-08-01T00:00:30Z'),
        next_run_at: new Date('2026-08-01T00:00:00Z'),
      })
      .where('name', '=', 'test.count')
      .execute();
    expect((await runJobNow(t.deps, 'test.count', { now: new Date('2026-08-01T00:00:10Z') })).status).toBe(
      'skipped',
    );
    expect((await runJobNow(t.deps, 'test.count', { now: new Date('2026-08-01T00:01:00Z') })).status).toBe(
      'ok',
    );
  });

  it('a failure is recorded and retried sooner than the schedule', async () => {
    registerJob(
      'test.fail',
      { every: '1d' },
      async () => {
        throw new Error('disk unreachable');
      },
      { retryMs: 300_000 },
    );
    const now = new Date('2026-09-01T00:00:00Z');
    const [report] = (await runDueJobs(t.deps, { now })).filter((r) => r.name === 'test.fail');
    expect(report).toMatchObject({ status: 'failed', error: 'Error: disk unreachable' });
    const row = await t.deps.db
      .selectFrom('scheduled_jobs')
      .selectAll()
      .where('name', '=', 'test.fail')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      failures: 1,
      last_status: 'failed',
      last_error: 'Error: disk unreachable',
      lease_owner: null,
    });
    expect(new Date(row.next_run_at).toISOString()).toBe('2026-09-01T00:05:00.000Z');
  });

  it('the log signs a tree head on schedule only when it has grown (R-01)', async () => {
    registerTransparencyJobs({ SANXIANG_TREE_HEAD_EVERY: '1h' });
    const first = await runJobNow(t.deps, SIGN_TREE_HEAD_JOB);
    expect(first.status).toBe('ok');
    expect(first.result).toMatch(/^signed tree head \d+ [0-9a-f]{64}$/);
    // Signing appended its own audit event, so the next run signs that; then nothing new.
    await runJobNow(t.deps, SIGN_TREE_HEAD_JOB);
    const heads = await t.deps.db
      .selectFrom('transparency_tree_heads')
      .select(['tree_size', 'trigger'])
      .orderBy('id')
      .execute();
    expect(heads.at(-1)!.trigger).toBe('schedule');
  });
});
