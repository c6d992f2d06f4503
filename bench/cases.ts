// Case-handling benchmark (issue "Case handling", Measure): run with
//   npm run bench:cases                                   (embedded PGlite)
//   ../shared/ci/with-postgres npm run bench:cases        (PostgreSQL: DATABASE_URL is set)
// 1. Stage transitions per second — the engine's act (lock, version, guards, documents, write, clocks, timeline,
//    audit event) — with BENCH_CASES (100,000) cases in the database, against a bare insert of the same rows
//    (the same case update, timeline row and audit row copied into plain tables) in the same run.
// 2. The case list with each filter at that size, p95 and requests/s, against /healthz on the same server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { bootstrap } from '../packages/server/src/bootstrap.js';
import { createCase } from '../packages/server/src/cases/create-case.js';
import { runAction } from '../packages/server/src/cases/run-action.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { Actor, AppDeps, RequestContext } from '../packages/server/src/context.js';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { DEMO_PASSWORD } from '../packages/server/src/demo/bureau.js';
import { buildApp } from '../packages/server/src/http/build-app.js';
import { fillCases } from './fill-cases.js';
import { CONCURRENCY, DURATION_MS, load } from './load.js';

const TARGET = Number(process.env.BENCH_CASES || 100_000);
const ACTS = Number(process.env.BENCH_ACTS || 300);
const root = path.resolve(import.meta.dirname, '..');
const databaseUrl = process.env.DATABASE_URL || null;
const backend = databaseUrl ? 'postgresql' : 'pglite';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-cases-'));
const database = await openDatabase({ databaseUrl, dataDir, memory: !databaseUrl, poolSize: 4 });
await bootstrap(database, { demo: true });
const db = database.db;
const config = { ...loadConfig({ SANXIANG_DEMO: '1' }), port: 0 };
const deps: AppDeps = { db, dbKind: database.kind, config };
const ms = (t0: number) => performance.now() - t0;

// ---- 1. fill: copies of the demo cases (every procedure and stage) with their parties, officers, timeline
// and clocks, under new ids, until there are TARGET cases.
const fillStart = performance.now();
const total = await fillCases(db, TARGET);
const fillMs = ms(fillStart);

// ---- 2. transitions: ACTS fresh cases registered by 周执法 (zhifa) with two certified officers, then each one
// proposed for filing (案源登记 → 立案审批) through the engine, one after another.
const account = await db
  .selectFrom('users')
  .selectAll()
  .where('username', '=', 'zhifa')
  .executeTakeFirstOrThrow();
const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', account.id).execute();
const unit = await db
  .selectFrom('units')
  .select('name')
  .where('id', '=', account.unit_id)
  .executeTakeFirstOrThrow();
const actor: Actor = {
  userId: account.id,
  username: account.username,
  displayName: account.display_name,
  unitId: account.unit_id,
  unitName: unit.name,
  roles: roles.map((r) => r.role) as Actor['roles'],
  sessionId: null,
};
const ctx: RequestContext = { actor, ip: '127.0.0.1', userAgent: 'bench' };
const today = new Date().toISOString().slice(0, 10);
const partner = await db
  .selectFrom('people as p')
  .innerJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
  .select('p.id')
  .where('p.unit_id', '=', account.unit_id)
  .where('p.id', '!=', account.person_id!)
  .where('c.revoked_at', 'is', null)
  .where('c.valid_to', '>=', today)
  .where('c.valid_from', '<=', today)
  .executeTakeFirstOrThrow();
const fresh: string[] = [];
for (let i = 0; i < ACTS; i++) {
  const c = await createCase(deps, ctx, {
    source: 'patrol',
    summary: `基准测试案源第${i + 1}号：解放路占道经营`,
    place: '如皋市如城街道解放路',
    occurredOn: today,
    discoveredOn: today,
    procedure: 'general',
    matterCode: 'CG-CF-005',
    unitId: account.unit_id,
    parties: [],
    officers: [
      { personId: account.person_id!, role: 'lead' },
      { personId: partner.id, role: 'assist' },
    ],
  } as never);
  fresh.push((c as { id: string }).id);
}
const actStart = performance.now();
for (const id of fresh)
  await runAction(deps, ctx, id, 'propose-filing', { payload: {}, version: 1 } as never);
const actMs = ms(actStart);

// The bare baseline: the same rows the acts wrote — the case row update, the timeline row, the audit row —
// written again one transaction per act into plain copies of the tables (no guards, no chain, no clocks).
await sql.raw('create table bench_case_events (like case_events including defaults)').execute(db);
await sql.raw('create table bench_audit_events (like audit_events including defaults)').execute(db);
const events = await db
  .selectFrom('case_events')
  .selectAll()
  .where('case_id', 'in', fresh)
  .where('action', '=', 'propose-filing')
  .execute();
const audits = await db
  .selectFrom('audit_events')
  .selectAll()
  .where('target_id', 'in', fresh)
  .where('operation', '=', 'case.action')
  .execute();
if (events.length !== ACTS || audits.length !== ACTS)
  throw new Error(`expected ${ACTS} acts, got ${events.length}/${audits.length}`);
const auditOf = new Map(audits.map((a) => [a.target_id, a]));
const bareStart = performance.now();
for (const e of events) {
  const a = auditOf.get(e.case_id)!;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('cases').set({ updated_at: new Date() }).where('id', '=', e.case_id).execute();
    await trx
      .insertInto('bench_case_events' as never)
      .values({ ...e, seq: undefined, id: `${e.id}-bare` } as never)
      .execute();
    await trx
      .insertInto('bench_audit_events' as never)
      .values(jsonSafe(a) as never)
      .execute();
  });
}
const bareMs = ms(bareStart);

function jsonSafe(row: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] =
      v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v)
        ? JSON.stringify(v)
        : v;
  return out;
}

// ---- 3. the list at that size, as the bureau head (sees every unit), over HTTP on this process's server.
const app = await buildApp(deps);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'juzhang', password: DEMO_PASSWORD }),
});
if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const officer = account.person_id!;
const filters: Record<string, string> = {
  'first page': '',
  stage: 'stage=investigation',
  unit: 'unitId=rg-dd-1',
  officer: `officer=${officer}`,
  matter: 'matter=CG-CF-005',
  party: `party=${encodeURIComponent('王')}`,
  'due soon': 'due=soon',
  overdue: 'due=overdue',
  'overdue, deep page': 'due=overdue&page=50',
  'text search': `q=${encodeURIComponent('解放路')}`,
};
await load(`${base}/healthz`, {});
const health = await load(`${base}/healthz`, {});
const list: Record<
  string,
  { rps: number; p50Ms: number; p95Ms: number; errors: number; total: number; p95OverHealthz: number }
> = {};
for (const [name, q] of Object.entries(filters)) {
  const url = `${base}/api/v1/cases?pageSize=20&${q}`;
  const first = await fetch(url, { headers: { cookie } });
  if (!first.ok) throw new Error(`${name}: ${first.status} ${await first.text()}`);
  const { total: n } = (await first.json()) as { total: number };
  const r = await load(url, { cookie });
  list[name] = {
    total: n,
    rps: Math.round(r.rps),
    p50Ms: +r.p50.toFixed(1),
    p95Ms: +r.p95.toFixed(1),
    errors: r.errors,
    p95OverHealthz: +(r.p95 / health.p95).toFixed(1),
  };
}
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const results = {
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  backend,
  cases: total,
  fillSeconds: +(fillMs / 1000).toFixed(1),
  transitions: {
    acts: ACTS,
    perSecond: +(ACTS / (actMs / 1000)).toFixed(1),
    msPerAct: +(actMs / ACTS).toFixed(2),
    bareInsertPerSecond: +(ACTS / (bareMs / 1000)).toFixed(1),
    bareMsPerAct: +(bareMs / ACTS).toFixed(2),
    engineOverBare: +(actMs / bareMs).toFixed(2),
  },
  list: {
    concurrency: CONCURRENCY,
    durationMs: DURATION_MS,
    healthz: { rps: Math.round(health.rps), p95Ms: +health.p95.toFixed(2) },
    filters: list,
  },
};
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, `bench/results/cases-${backend}.json`),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(JSON.stringify(results, null, 2));
