// Portal matter-list benchmark (issue "Catalogues", Measure): run with
//   node --conditions=source --import tsx bench/portal-matters.ts
// Fills the current (filed) matters version with 5,000 items, then measures requests/s and p95 of the
// server-rendered /matters page (first page, a keyword search, a deep page) against bare /healthz, on the
// same server in the same run. The server runs in this process on embedded PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { bootstrap } from '../packages/server/src/bootstrap.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { buildApp } from '../packages/server/src/http/build-app.js';
import { CONCURRENCY, DURATION_MS, load } from './load.js';

const ITEMS = Number(process.env.BENCH_ITEMS || 5000);
const root = path.resolve(import.meta.dirname, '..');

const database = await openDatabase({ databaseUrl: null, dataDir: '', memory: true });
await bootstrap(database, { demo: true });
const db = database.db;

// A new version, filled while it is a draft (items of a filed version cannot change), then filed.
const current = await db
  .selectFrom('catalog_versions')
  .selectAll()
  .where('kind', '=', 'matters')
  .where('status', '=', 'filed')
  .orderBy('version_no', 'desc')
  .executeTakeFirstOrThrow();
const open = await db
  .selectFrom('catalog_versions')
  .select('id')
  .where('kind', '=', 'matters')
  .where('status', '!=', 'filed')
  .executeTakeFirst();
const draftId = open?.id ?? current.id;
const templates = await db
  .selectFrom('matter_items')
  .selectAll()
  .where('version_id', '=', current.id)
  .execute();
await db.deleteFrom('matter_items').where('version_id', '=', draftId).execute();
const rows = Array.from({ length: ITEMS }, (_, i) => {
  const t = templates[i % templates.length]!;
  return {
    ...t,
    version_id: draftId,
    code: `BENCH-${String(i + 1).padStart(5, '0')}`,
    name: `${t.name}（第${i + 1}项）`,
    bases: JSON.stringify(t.bases),
    penalty_kinds: JSON.stringify(t.penalty_kinds),
    discretion: JSON.stringify(t.discretion),
    guide: JSON.stringify(t.guide),
  };
});
for (let i = 0; i < rows.length; i += 500)
  await db
    .insertInto('matter_items')
    .values(rows.slice(i, i + 500))
    .execute();
await sql`update catalog_versions set status = 'filed', submitted_at = now(), approved_by = 'u-juzhang',
  approved_at = now(), filing_number = 'BENCH〔2026〕1号', filing_date = current_date, filed_at = now(),
  filing_document_name = 'bench.txt', filing_document_sha256 = ${'0'.repeat(64)}, filing_document = decode('62656e6368', 'hex')
  where id = ${draftId}`.execute(db);

const app = await buildApp({
  db,
  dbKind: database.kind,
  config: { ...loadConfig({ SANXIANG_DEMO: '1' }), port: 0 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const check = await fetch(`${base}/matters?page=1`).then((r) => r.text());
if (!check.includes('BENCH-00001')) throw new Error('the benchmark version is not the one the portal shows');

await load(`${base}/healthz`, {});
const health = await load(`${base}/healthz`, {});
const first = await load(`${base}/matters`, {});
const search = await load(`${base}/matters?q=${encodeURIComponent('占道')}`, {});
const deep = await load(`${base}/matters?page=200`, {});
await app.close();
await database.close();

const row = (r: Awaited<ReturnType<typeof load>>) => ({
  rps: Math.round(r.rps),
  p50Ms: +r.p50.toFixed(2),
  p95Ms: +r.p95.toFixed(2),
  errors: r.errors,
});
const results = {
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  items: ITEMS,
  concurrency: CONCURRENCY,
  durationMs: DURATION_MS,
  healthz: row(health),
  mattersFirstPage: row(first),
  mattersSearch: row(search),
  mattersPage200: row(deep),
  ratios: {
    firstPageP95OverHealthz: +(first.p95 / health.p95).toFixed(2),
    searchP95OverHealthz: +(search.p95 / health.p95).toFixed(2),
    page200P95OverHealthz: +(deep.p95 / health.p95).toFixed(2),
    firstPageRpsOverHealthz: +(first.rps / health.rps).toFixed(3),
  },
};
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench/results/portal-matters.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(JSON.stringify(results, null, 2));
