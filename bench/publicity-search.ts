// Portal search over published decisions (issue 7, Measure): run with
//   node --conditions=source --import tsx bench/publicity-search.ts                      (PGlite, in memory)
//   ../shared/ci/with-postgres node --conditions=source --import tsx bench/publicity-search.ts   (PostgreSQL)
// Generates BENCH_PUBLICATIONS (default 1,000,000) published decisions with their versions and search words,
// then measures requests/s and p95 of the portal's Chinese full-text search (a common term, a street and
// conduct together, a decision number), the publication list and the home page against bare /healthz, on
// the same server in the same run. Words are cut by the same segmenter the server uses (core segmentChinese).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { segmentChinese } from '@sanxiang/core';
import { sql } from 'kysely';
import { bootstrap } from '../packages/server/src/bootstrap.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { buildApp } from '../packages/server/src/http/build-app.js';
import { CONCURRENCY, DURATION_MS, load } from './load.js';

const N = Number(process.env.BENCH_PUBLICATIONS || 1_000_000);
const BATCH = 50_000;
const root = path.resolve(import.meta.dirname, '..');
const databaseUrl = process.env.DATABASE_URL || null;
const backend = databaseUrl ? 'postgresql' : 'pglite';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-publicity-'));
const database = await openDatabase({ databaseUrl, dataDir, memory: !databaseUrl, poolSize: 4 });
await bootstrap(database, { demo: true });
const db = database.db;

const STREETS = [
  '解放路',
  '海阳路',
  '中山路',
  '宁海路',
  '福寿路',
  '益寿路',
  '惠政路',
  '大司马路',
  '仁寿路',
  '长寿路',
  '碧霞路',
  '兴源大道',
  '万寿路',
  '健康路',
  '花园路',
  '文峰路',
  '通扬路',
  '东大街',
  '西大街',
  '北大街',
];
const CONDUCT = [
  '占道经营',
  '乱堆乱放',
  '跨门营业',
  '擅自设置户外广告',
  '违规倾倒建筑垃圾',
  '违法搭建',
  '油烟直排',
  '夜间施工噪声扰民',
  '损坏绿化',
  '乱贴小广告',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡'];
const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '桂兰',
  '国华',
  '海燕',
  '立新',
  '玉梅',
  '永明',
  '春花',
  '德明',
  '红霞',
];
const arr = (xs: string[]) =>
  sql.raw(`array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]::text[]`);
const words = (xs: string[]) => arr(xs.map(segmentChinese));

const kase = await db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
// Bench only: one case stands behind every generated decision, and the indexes are built after the load.
await sql`drop index if exists publications_case_kind`.execute(db);
await sql`drop index if exists publications_search`.execute(db);
await sql`drop index if exists publications_published`.execute(db);
const fillStart = performance.now();
for (let from = 1; from <= N; from += BATCH) {
  const to = Math.min(N, from + BATCH - 1);
  await sql`
    with g as (
      select i,
        (${arr(STREETS)})[1 + i % ${STREETS.length}] as street, (${words(STREETS)})[1 + i % ${STREETS.length}] as street_w,
        (${arr(CONDUCT)})[1 + (i / ${STREETS.length}) % ${CONDUCT.length}] as conduct,
        (${words(CONDUCT)})[1 + (i / ${STREETS.length}) % ${CONDUCT.length}] as conduct_w,
        (${arr(SURNAMES)})[1 + (i * 7) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + (i * 11) % ${GIVEN.length}] as party,
        date '2024-01-01' + (i % 1000) as day
      from generate_series(${from}::int, ${to}::int) as i
    )
    insert into publications (id, kind, case_id, public_id, status, title, source_ref, party_name, party_type, source_text,
      redactions, suggested, triggered_on, current_version, published_on, public_until, search_vector)
    select 'bench-' || i, 'penalty-decision', ${kase.id}, substr(md5('p' || i), 1, 22), 'published',
      '行政处罚决定书（皋城管罚决字〔2025〕第' || i || '号）', '皋城管罚决字〔2025〕第' || i || '号', party, 'person', '', '[]', '[]',
      day, 1, day, day + 730,
      to_tsvector('simple', '行政 处罚 决定书 皋 城 管 罚 决 字 2025 第 ' || i || ' 号 ' || street_w || ' ' || (i % 200) || ' 号 ' || conduct_w || ' 罚款 人民币 ' || (50 + i % 20 * 50) || ' 元')
    from g`.execute(db);
  await sql`
    insert into publication_versions (publication_id, version, title, body, redactions, reason, published_at)
    select 'bench-' || i, 1, '行政处罚决定书（皋城管罚决字〔2025〕第' || i || '号）',
      '决定书文号：皋城管罚决字〔2025〕第' || i || '号' || chr(10) || '被处罚人：' || party || chr(10) ||
      '主要违法事实：当事人在如皋市' || street || (i % 200) || '号' || conduct || '，经责令改正拒不改正' || chr(10) ||
      '处罚内容：罚款人民币' || (50 + i % 20 * 50) || '元' || chr(10) || '作出处罚的机关：如皋市城市管理局' || chr(10) || '作出决定日期：' || day,
      '[]', null, day
    from (select i,
        (${arr(STREETS)})[1 + i % ${STREETS.length}] as street,
        (${arr(CONDUCT)})[1 + (i / ${STREETS.length}) % ${CONDUCT.length}] as conduct,
        (${arr(SURNAMES)})[1 + (i * 7) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + (i * 11) % ${GIVEN.length}] as party,
        date '2024-01-01' + (i % 1000) as day
      from generate_series(${from}::int, ${to}::int) as i) g`.execute(db);
  process.stderr.write(`\r${to.toLocaleString('en-US')} / ${N.toLocaleString('en-US')}`);
}
await sql`create index publications_search on publications using gin (search_vector)`.execute(db);
await sql`create index publications_published on publications(published_on desc, id) where status = 'published'`.execute(
  db,
);
await sql`analyze publications`.execute(db);
await sql`analyze publication_versions`.execute(db);
const fillMs = performance.now() - fillStart;
process.stderr.write(`\nfilled in ${(fillMs / 1000).toFixed(0)} s\n`);

const app = await buildApp({
  db,
  dbKind: database.kind,
  config: { ...loadConfig({ SANXIANG_DEMO: '1' }), port: 0 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const urls = {
  searchCommon: `/search?q=${encodeURIComponent('占道经营')}`, // one conduct in ten: ~100,000 matches
  searchStreetAndConduct: `/search?q=${encodeURIComponent('解放路 油烟直排')}`, // ~1 in 200: ~5,000
  searchNumber: `/search?q=${encodeURIComponent('第654321号')}`, // one decision
  list: '/publications',
  listDeep: '/publications?page=500',
  home: '/',
};
// The answers are real: each search finds what it should.
const expectIn = async (url: string, text: string) => {
  const body = await fetch(`${base}${url}`).then((r) => r.text());
  if (!body.includes(text)) throw new Error(`${url} does not show ${text}`);
};
await expectIn(urls.searchCommon, '占道经营');
await expectIn(urls.searchStreetAndConduct, '油烟直排');
if (N >= 654_321) await expectIn(urls.searchNumber, '第654321号');

await load(`${base}/healthz`, {});
const health = await load(`${base}/healthz`, {});
const measured: Record<string, Awaited<ReturnType<typeof load>>> = {};
for (const [k, u] of Object.entries(urls)) measured[k] = await load(`${base}${u}`, {});
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const row = (r: Awaited<ReturnType<typeof load>>) => ({
  rps: Math.round(r.rps),
  p50Ms: +r.p50.toFixed(2),
  p95Ms: +r.p95.toFixed(2),
  errors: r.errors,
});
const results = {
  backend,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  publications: N,
  fillSeconds: Math.round(fillMs / 1000),
  concurrency: CONCURRENCY,
  durationMs: DURATION_MS,
  healthz: row(health),
  ...Object.fromEntries(Object.entries(measured).map(([k, r]) => [k, row(r)])),
  ratios: Object.fromEntries(
    Object.entries(measured).map(([k, r]) => [
      k,
      { p95OverHealthz: +(r.p95 / health.p95).toFixed(2), rpsOverHealthz: +(r.rps / health.rps).toFixed(3) },
    ]),
  ),
};
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, `bench/results/publicity-search-${backend}.json`),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(JSON.stringify(results, null, 2));
