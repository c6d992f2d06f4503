// Verifiable log benchmark (issue 6, Measure; R-01): `npm run bench -- transparency`
// (on PostgreSQL: `../shared/ci/with-postgres npm run bench -- transparency`; without DATABASE_URL it
// runs on PGlite in a temporary data directory).
//   1. `sanxiang verify` over BENCH_LOG_ENTRIES (default 1,000,000) audit events, against hashing the same
//      leaves alone (leaf hashes and the tree root over the events' hashes, in memory, same process and
//      run): how much the full check (reading every row, recomputing every event hash and the chain,
//      the tree, the stored subtrees and the heads) costs over the bare Merkle arithmetic.
//   2. Inclusion-proof latency at that size: GET /api/v1/transparency/proof/inclusion over HTTP with the
//      shared load generator, against GET /healthz of the same server in the same run; and 1,000 random
//      indexes one after the other.
// The log is filled directly (the same records, hashes, leaves and subtrees appendAuditEvent would write,
// built in bulk), then one signed head is taken through the real operation.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import {
  fromHex,
  hashLeaf,
  MerkleAccumulator,
  merkleDigest,
  toHex,
  verifyInclusion,
} from '../packages/core/src/merkle/index.js';
import { AUDIT_HASH } from '../packages/server/src/audit/append-audit-event.js';
import { type AuditRecord, hashAuditRecord } from '../packages/server/src/audit/audit-record.js';
import { GENESIS_HASH } from '../packages/server/src/audit/hash.js';
import { loadConfig } from '../packages/server/src/config.js';
import { systemContext } from '../packages/server/src/context.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { buildApp } from '../packages/server/src/http/build-app.js';
import { leafDataOf } from '../packages/server/src/transparency/log-algorithm.js';
import { signTreeHead } from '../packages/server/src/transparency/sign-tree-head.js';
import { verifyLog } from '../packages/server/src/transparency/verify-log.js';
import { CONCURRENCY, DURATION_MS, load } from './load.js';

const root = path.resolve(import.meta.dirname, '..');
const N = Number(process.env.BENCH_LOG_ENTRIES || 1_000_000);
const BATCH = 5000;
const databaseUrl = process.env.DATABASE_URL || null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-log-'));
const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

const OPERATIONS = ['auth.login', 'person.viewed', 'audit.searched', 'auth.logout'] as const;

function makeRecord(i: number, prev: string, at: Date): AuditRecord {
  const op = OPERATIONS[i % OPERATIONS.length]!;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    at,
    kind: op === 'person.viewed' || op === 'audit.searched' ? 'read' : 'auth',
    operation: op,
    outcome: 'success',
    actor_id: `u-bench-${i % 300}`,
    actor_username: `officer${i % 300}`,
    actor_name: `执法人员${i % 300}`,
    actor_unit_id: `unit-${i % 12}`,
    actor_unit_name: '如皋市城市管理局执法大队',
    ip: `10.20.${(i >> 8) & 255}.${i & 255}`,
    user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0',
    target_type: op === 'person.viewed' ? 'person' : null,
    target_id: op === 'person.viewed' ? `p${i % 900}` : null,
    changes: null,
    reason: null,
    prev_hash: prev,
  };
}

const database = await openDatabase({ databaseUrl, dataDir, poolSize: 4 });
const results: Record<string, unknown> = {
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  backend: database.kind,
  entries: N,
};
try {
  await migrateToLatest(database.db);
  const settings = await database.db
    .selectFrom('transparency_settings')
    .select('algorithm')
    .executeTakeFirstOrThrow();
  const digest = merkleDigest(settings.algorithm);
  const existing = await database.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) !== 0) throw new Error('bench needs an empty log');

  // Fill: events chained, leaves and complete subtrees, in bulk through unnest() (both backends).
  const t0 = performance.now();
  const acc = new MerkleAccumulator(digest);
  let prev = GENESIS_HASH;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const leafInputs: Uint8Array[] = [];
  for (let from = 0; from < N; from += BATCH) {
    const ev: Record<string, unknown[]> = {};
    const cols = [
      'seq',
      'id',
      'at',
      'kind',
      'operation',
      'outcome',
      'actor_id',
      'actor_username',
      'actor_name',
      'actor_unit_id',
      'actor_unit_name',
      'ip',
      'user_agent',
      'target_type',
      'target_id',
      'prev_hash',
      'hash',
    ];
    for (const c of cols) ev[c] = [];
    const leaves: { i: string[]; s: string[]; h: string[] } = { i: [], s: [], h: [] };
    const nodes: { l: number[]; i: string[]; h: string[] } = { l: [], i: [], h: [] };
    for (let i = from; i < Math.min(N, from + BATCH); i++) {
      const record = makeRecord(i, prev, new Date(start + i * 15_000));
      const hash = hashAuditRecord(AUDIT_HASH, record);
      const row = { ...record, seq: String(i + 1), at: record.at.toISOString(), hash };
      for (const c of cols) ev[c]!.push((row as Record<string, unknown>)[c] ?? null);
      const data = leafDataOf(hash);
      leafInputs.push(data);
      const lh = hashLeaf(digest, data);
      leaves.i.push(String(i));
      leaves.s.push(String(i + 1));
      leaves.h.push(toHex(lh));
      acc.push(lh, (level, index, h) => {
        nodes.l.push(level);
        nodes.i.push(String(index));
        nodes.h.push(toHex(h));
      });
      prev = hash;
    }
    const types: Record<string, string> = { seq: 'bigint', at: 'timestamptz' };
    await sql`insert into audit_events (${sql.join(cols.map((c) => sql.ref(c)))}) overriding system value
      select * from unnest(${sql.join(cols.map((c) => sql`${ev[c]}::${sql.raw(types[c] ?? 'text')}[]`))})`.execute(
      database.db,
    );
    await sql`insert into transparency_leaves (leaf_index, audit_seq, leaf_hash)
      select * from unnest(${leaves.i}::bigint[], ${leaves.s}::bigint[], ${leaves.h}::text[])`.execute(
      database.db,
    );
    if (nodes.l.length > 0)
      await sql`insert into transparency_nodes (level, node_index, hash)
        select * from unnest(${nodes.l}::smallint[], ${nodes.i}::bigint[], ${nodes.h}::text[])`.execute(
        database.db,
      );
    if ((from / BATCH) % 20 === 0) log(`filled ${from + BATCH} / ${N}`);
  }
  await sql`select setval(pg_get_serial_sequence('audit_events', 'seq'), ${N})`.execute(database.db);
  await sql`analyze`.execute(database.db);
  const fillMs = performance.now() - t0;
  // The first signing creates the key (one more event), so the head names the bulk-built size.
  const head = await signTreeHead(database.db, systemContext('bench'), 'request', { size: N });
  if (head!.rootHash !== toHex(acc.root())) throw new Error('signed root differs from the bulk-built root');
  log(`filled in ${(fillMs / 1000).toFixed(1)} s; head ${head!.treeSize} ${head!.rootHash}`);

  // Baseline: hashing the same leaves alone (leaf hashes + the tree root), in memory.
  const b0 = performance.now();
  const base = new MerkleAccumulator(digest);
  for (const d of leafInputs) base.push(hashLeaf(digest, d));
  const baselineRoot = toHex(base.root());
  const baselineMs = performance.now() - b0;
  leafInputs.length = 0;

  // The same check in process (no process start-up), then the command as a user runs it.
  const v0 = performance.now();
  const report = await verifyLog(database.db);
  const verifyInProcessMs = performance.now() - v0;
  if (!report.ok) throw new Error(`verify failed: ${JSON.stringify(report.firstProblem)}`);

  // Inclusion proofs over HTTP at this size.
  const config = { ...loadConfig({ SANXIANG_DATA_DIR: dataDir }), port: 0 };
  const app = await buildApp({ db: database.db, dbKind: database.kind, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const size = head!.treeSize;
  const sample: number[] = [];
  for (let k = 0; k < 1000; k++) {
    const index = Math.floor(Math.random() * size);
    const t = performance.now();
    const r = await fetch(`${url}/api/v1/transparency/proof/inclusion?index=${index}`);
    const p = (await r.json()) as { leafHash: string; auditPath: string[]; treeSize: number };
    sample.push(performance.now() - t);
    if (
      k < 50 &&
      !verifyInclusion(
        digest,
        index,
        p.treeSize,
        fromHex(p.leafHash),
        p.auditPath.map(fromHex),
        fromHex(head!.rootHash),
      )
    )
      throw new Error(`proof for ${index} does not verify`);
  }
  sample.sort((a, b) => a - b);
  await load(`${url}/healthz`, {}).catch(() => undefined);
  const health = await load(`${url}/healthz`, {});
  const middle = await load(
    `${url}/api/v1/transparency/proof/inclusion?index=${Math.floor(size / 2) + 17}`,
    {},
  );
  const last = await load(`${url}/api/v1/transparency/proof/inclusion?index=${size - 1}`, {});
  await app.close();
  await database.close();

  // The command itself, a fresh process, as a user would run it (blobs: none in this database).
  const c0 = performance.now();
  const cli = spawnSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      path.join(root, 'packages/cli/src/run.ts'),
      'verify',
      '--no-blobs',
      '--json',
    ],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl ?? '', SANXIANG_DATA_DIR: dataDir },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const verifyCliMs = performance.now() - c0;
  if (cli.status !== 0) throw new Error(`sanxiang verify exited ${cli.status}: ${cli.stderr.slice(0, 2000)}`);
  const cliReport = JSON.parse(cli.stdout) as { ok: boolean; events: number };
  if (!cliReport.ok || cliReport.events !== report.events) throw new Error('sanxiang verify disagrees');
  // The head's own audit event is one more leaf than the bulk-built tree, so the roots differ by design.
  void baselineRoot;

  Object.assign(results, {
    fillSeconds: +(fillMs / 1000).toFixed(1),
    verify: {
      events: report.events,
      baselineHashLeavesMs: Math.round(baselineMs),
      verifyInProcessMs: Math.round(verifyInProcessMs),
      sanxiangVerifyCommandMs: Math.round(verifyCliMs),
      inProcessOverBaseline: +(verifyInProcessMs / baselineMs).toFixed(2),
      commandOverBaseline: +(verifyCliMs / baselineMs).toFixed(2),
      eventsPerSecond: Math.round(report.events / (verifyCliMs / 1000)),
    },
    inclusionProof: {
      treeSize: size,
      sequentialRandom1000: {
        p50Ms: +sample[500]!.toFixed(2),
        p95Ms: +sample[950]!.toFixed(2),
        p99Ms: +sample[990]!.toFixed(2),
      },
      load: {
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        healthz: {
          rps: Math.round(health.rps),
          p50Ms: +health.p50.toFixed(2),
          p95Ms: +health.p95.toFixed(2),
        },
        middleLeaf: {
          rps: Math.round(middle.rps),
          p50Ms: +middle.p50.toFixed(2),
          p95Ms: +middle.p95.toFixed(2),
          errors: middle.errors,
        },
        lastLeaf: {
          rps: Math.round(last.rps),
          p50Ms: +last.p50.toFixed(2),
          p95Ms: +last.p95.toFixed(2),
          errors: last.errors,
        },
        proofOverHealthzP95: +(middle.p95 / health.p95).toFixed(2),
        proofOverHealthzRps: +(middle.rps / health.rps).toFixed(3),
      },
    },
  });
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench/results/transparency.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log(JSON.stringify(results, null, 2));
} finally {
  await database.close().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
