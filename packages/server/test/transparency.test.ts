import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  fromHex,
  hashLeaf,
  merkleDigest,
  rangeHash,
  verifyConsistency,
  verifyInclusion,
} from '@sanxiang/core/merkle';
import { sql } from 'kysely';
import smCrypto from 'sm-crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { appendAuditEvent } from '../src/audit/append-audit-event.js';
import { loadConfig } from '../src/config.js';
import { systemContext } from '../src/context.js';
import { type Database, openDatabase } from '../src/db/open-database.js';
import { checkAllBlobs } from '../src/storage/check-blobs.js';
import { blobStoreFor } from '../src/storage/open-blob-store.js';
import { signTreeHead } from '../src/transparency/sign-tree-head.js';
import { treeHeadText } from '../src/transparency/tree-head-text.js';
import { blobCheckFor, verifyEverything } from '../src/transparency/verify-command.js';
import { verifyLog } from '../src/transparency/verify-log.js';
import { cloneDatabase, dropDatabase } from './support/postgres-admin.js';
import { type TestApp, testApp } from './support/test-app.js';

// audit events are the leaves of an RFC 6962 log; signed tree heads; public proofs any RFC 6962
// verifier can check; `sanxiang verify` catches a changed row, a changed head and a changed blob.

async function leafRows(db: Database['db']) {
  return db
    .selectFrom('transparency_leaves as l')
    .innerJoin('audit_events as e', 'e.seq', 'l.audit_seq')
    .select(['l.leaf_index', 'l.leaf_hash', 'e.seq', 'e.hash'])
    .orderBy('l.leaf_index')
    .execute();
}

async function expectGapFreeLog(db: Database['db']) {
  const leaves = await leafRows(db);
  const events = await db.selectFrom('audit_events').select(['seq']).orderBy('seq').execute();
  // One leaf per event, indexes 0..n-1, in the chain's order.
  expect(leaves.map((l) => Number(l.leaf_index))).toEqual(leaves.map((_, i) => i));
  expect(leaves.map((l) => l.seq)).toEqual(events.map((e) => e.seq));
  return leaves;
}

describe('the verifiable log (R-01)', () => {
  let t: TestApp;
  let blobDir: string;
  beforeAll(async () => {
    blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-tlog-'));
    t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(blobDir, { recursive: true, force: true });
  });

  it('every audit event is a leaf, gap-free, and the stored subtrees give the recomputed root', async () => {
    const admin = await t.as('auditadmin');
    await admin.get('/api/v1/audit/events'); // a protected read: one more event
    const leaves = await expectGapFreeLog(t.deps.db);
    expect(leaves.length).toBeGreaterThan(10);
    const h = merkleDigest('sm3');
    // Leaf = H(0x00 ‖ event hash), computed here independently of the server.
    for (const l of leaves)
      expect(l.leaf_hash).toBe(Buffer.from(hashLeaf(h, fromHex(l.hash))).toString('hex'));
    const head = await signTreeHead(t.deps.db, systemContext('test'), 'request');
    const all = leaves.map((l) => fromHex(l.leaf_hash));
    expect(head!.treeSize).toBe(leaves.length);
    expect(head!.rootHash).toBe(Buffer.from(rangeHash(h, all, 0, all.length)).toString('hex'));
    expect(head!.algorithm).toBe('sm3');
  });

  it('public endpoints: tree head, inclusion and consistency proofs check with an RFC 6962 verifier', async () => {
    const anon = t.client();
    await signTreeHead(t.deps.db, systemContext('test'), 'request');
    const first = (await anon.get('/api/v1/transparency/tree-head')).json();
    expect(Object.keys(first).sort()).toEqual([
      'algorithm',
      'rootHash',
      'signature',
      'timestamp',
      'treeSize',
    ]);
    expect(first.rootHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.signature).toMatch(/^[0-9a-f]+$/);

    // The log grows; the auditor signs on demand.
    const auditor = await t.as('auditadmin');
    await auditor.get('/api/v1/audit/events');
    const signed = await auditor.post('/api/v1/transparency/tree-heads');
    expect(signed.statusCode).toBe(201);
    const second = (await anon.get('/api/v1/transparency/tree-head')).json();
    expect(second.treeSize).toBeGreaterThan(first.treeSize);

    const h = merkleDigest(second.algorithm);
    for (const index of [0, 1, Math.floor(second.treeSize / 2), second.treeSize - 1]) {
      const res = await anon.get(`/api/v1/transparency/proof/inclusion?index=${index}`);
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(p).toMatchObject({ leafIndex: index, treeSize: second.treeSize });
      expect(
        verifyInclusion(
          h,
          index,
          p.treeSize,
          fromHex(p.leafHash),
          p.auditPath.map(fromHex),
          fromHex(second.rootHash),
        ),
      ).toBe(true);
      // Against the older head too.
      if (index < first.treeSize) {
        const old = (
          await anon.get(`/api/v1/transparency/proof/inclusion?index=${index}&treeSize=${first.treeSize}`)
        ).json();
        expect(
          verifyInclusion(
            h,
            index,
            first.treeSize,
            fromHex(old.leafHash),
            old.auditPath.map(fromHex),
            fromHex(first.rootHash),
          ),
        ).toBe(true);
      }
    }
    const c = (
      await anon.get(`/api/v1/transparency/proof/consistency?from=${first.treeSize}&to=${second.treeSize}`)
    ).json();
    expect(c).toMatchObject({ from: first.treeSize, to: second.treeSize });
    expect(
      verifyConsistency(
        h,
        first.treeSize,
        second.treeSize,
        fromHex(first.rootHash),
        fromHex(second.rootHash),
        c.proof.map(fromHex),
      ),
    ).toBe(true);

    // The signature checks with the published public key and the documented text.
    const keys = (await anon.get('/api/v1/transparency/keys')).json();
    expect(keys.items[0].publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(JSON.stringify(keys)).not.toMatch(/private/i);
    const text = treeHeadText(second);
    expect(
      smCrypto.sm2.doVerifySignature(text, second.signature, keys.items[0].publicKey, {
        hash: true,
        der: true,
      }),
    ).toBe(true);
    expect(
      smCrypto.sm2.doVerifySignature(
        text.replace(/tree_size: \d+/, 'tree_size: 1'),
        second.signature,
        keys.items[0].publicKey,
        {
          hash: true,
          der: true,
        },
      ),
    ).toBe(false);

    const list = (await anon.get('/api/v1/transparency/tree-heads?pageSize=5')).json();
    expect(list.total).toBeGreaterThanOrEqual(2);
    expect(list.items[0]).toMatchObject({
      treeSize: second.treeSize,
      rootHash: second.rootHash,
      trigger: 'request',
    });
  });

  it('out-of-range proofs are refused with stable codes; signing needs the permission', async () => {
    const anon = t.client();
    const size = (await anon.get('/api/v1/transparency/tree-head')).json().treeSize;
    const bad = await anon.get(`/api/v1/transparency/proof/inclusion?index=${size}&treeSize=${size}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('TRANSPARENCY_INDEX_OUT_OF_RANGE');
    const beyond = await anon.get(`/api/v1/transparency/proof/inclusion?index=0&treeSize=${size + 100000}`);
    expect(beyond.json().code).toBe('TRANSPARENCY_INDEX_OUT_OF_RANGE');
    for (const q of ['from=0&to=3', `from=5&to=4`, `from=1&to=${size + 100000}`]) {
      const r = await anon.get(`/api/v1/transparency/proof/consistency?${q}`);
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('TRANSPARENCY_BAD_RANGE');
    }
    expect((await anon.post('/api/v1/transparency/tree-heads')).statusCode).toBe(401);
    const officer = await t.as('zhifa');
    const before = await t.deps.db
      .selectFrom('transparency_tree_heads')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect((await officer.post('/api/v1/transparency/tree-heads')).statusCode).toBe(403);
    const after = await t.deps.db
      .selectFrom('transparency_tree_heads')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    expect((await (await t.as('secadmin')).post('/api/v1/transparency/tree-heads')).statusCode).toBe(201);
  });

  it('a scheduled signing skips when the log has not grown', async () => {
    const ctx = systemContext('test');
    await signTreeHead(t.deps.db, ctx, 'request');
    // The request's own audit event grew the log by one: the schedule signs it once, then skips.
    expect(await signTreeHead(t.deps.db, ctx, 'schedule')).not.toBeNull();
    const size = (await t.client().get('/api/v1/transparency/tree-head')).json().treeSize;
    const events = await t.deps.db
      .selectFrom('transparency_leaves')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(size + 1);
    // Only the head's own event was added since: still a new head (the log grew by that event).
    expect(await signTreeHead(t.deps.db, ctx, 'schedule')).not.toBeNull();
  });

  it('the log, its heads and the tables refuse UPDATE and DELETE', async () => {
    await expect(
      sql`update transparency_leaves set leaf_hash = leaf_hash`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from transparency_nodes`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update transparency_tree_heads set root_hash = root_hash`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
  });

  it('verify passes on the untouched log and blob, then names one changed byte of a blob', async () => {
    const store = blobStoreFor(t.deps.config);
    const blob = await store.put(Readable.from([Buffer.from('关于印发行政执法公示办法的通知（测试附件）')]));
    const rule = await t.deps.db.selectFrom('bureau_rules').select('id').limit(1).executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('bureau_rules')
      .set({
        attachment_key: blob.key,
        attachment_sha256: blob.sha256,
        attachment_sm3: blob.sm3,
        attachment_size: blob.size,
        attachment_name: 'notice.txt',
      })
      .where('id', '=', rule.id)
      .execute();
    // The demo seed wrote its documents and evidence to the default store; this test works on a copy.
    const seeded = blobStoreFor(loadConfig({}));
    const before = await checkAllBlobs(t.deps.db, store);
    for (const m of before.missing) await store.put(await seeded.get(m.key));
    const clean = await verifyLog(t.deps.db, { checkBlobs: blobCheckFor(t.deps.db, t.deps.config) });
    expect(clean.problems).toEqual([]);
    expect(clean.ok).toBe(true);
    expect(clean.blobs!.checked).toBeGreaterThanOrEqual(1);
    expect(clean.heads).toBeGreaterThanOrEqual(3);

    const file = fs
      .readdirSync(blobDir, { recursive: true, withFileTypes: true })
      .find((e) => e.isFile() && e.name.includes(blob.key.slice(4)));
    const where = path.join(file!.parentPath, file!.name);
    const bytes = fs.readFileSync(where);
    bytes[3] = bytes[3]! ^ 0x01;
    fs.writeFileSync(where, bytes);
    const report = await verifyLog(t.deps.db, { checkBlobs: blobCheckFor(t.deps.db, t.deps.config) });
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'blob', at: blob.key });
  });
});

describe('verify catches tampering in the database (R-01)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
    await signTreeHead(t.deps.db, systemContext('test'), 'seed');
    await (await t.as('auditadmin')).get('/api/v1/audit/events');
    await signTreeHead(t.deps.db, systemContext('test'), 'request');
  });
  afterEach(async () => t.close());

  it('one audit row changed behind the trigger (as a superuser could) is named as the first bad entry', async () => {
    const ok = await verifyLog(t.deps.db);
    expect(ok.problems).toEqual([]);
    const victim = await t.deps.db
      .selectFrom('audit_events')
      .select(['seq'])
      .orderBy('seq')
      .offset(5)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.deps.db);
    await sql`update audit_events set reason = '改过了' where seq = ${victim.seq}`.execute(t.deps.db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.deps.db);
    const report = await verifyLog(t.deps.db);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'audit-event', at: String(victim.seq) });
    // The recomputed tree no longer has the signed roots.
    expect(report.problems.some((p) => p.kind === 'tree-head')).toBe(true);
  });

  it('a row rewritten with its hash recomputed still breaks the leaf and the signed heads', async () => {
    const victim = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('seq')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    const { hashAuditRecord } = await import('../src/audit/audit-record.js');
    const { seq, hash: _old, ...record } = victim;
    const forged = hashAuditRecord('sm3', { ...record, at: new Date(record.at), reason: '伪造' });
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.deps.db);
    await sql`update audit_events set reason = '伪造', hash = ${forged} where seq = ${seq}`.execute(
      t.deps.db,
    );
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.deps.db);
    const report = await verifyLog(t.deps.db);
    expect(report.ok).toBe(false);
    // The next event's link breaks; the leaf stored at the time no longer matches the event.
    expect(report.problems.find((p) => p.kind === 'leaf')?.message).toMatch(/哈希与记录不符/);
  });

  it('a stored tree head changed behind its trigger fails its signature', async () => {
    const head = await t.deps.db
      .selectFrom('transparency_tree_heads')
      .select(['id', 'root_hash'])
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table transparency_tree_heads disable trigger transparency_heads_no_change`.execute(
      t.deps.db,
    );
    await sql`update transparency_tree_heads set root_hash = ${'0'.repeat(64)} where id = ${head.id}`.execute(
      t.deps.db,
    );
    await sql`alter table transparency_tree_heads enable trigger transparency_heads_no_change`.execute(
      t.deps.db,
    );
    const report = await verifyLog(t.deps.db);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ kind: 'tree-head', at: String(head.id) });
    expect(report.firstProblem!.message).toMatch(/签名无效/);
  });

  it('a deleted tail of the log is caught by the heads that counted it', async () => {
    const size = Number(
      (
        await t.deps.db
          .selectFrom('transparency_leaves')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await sql`alter table transparency_leaves disable trigger transparency_leaves_no_change`.execute(
      t.deps.db,
    );
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.deps.db);
    await sql`delete from transparency_leaves where leaf_index >= ${size - 3}`.execute(t.deps.db);
    await sql`delete from audit_events where seq not in (select audit_seq from transparency_leaves)`.execute(
      t.deps.db,
    );
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.deps.db);
    await sql`alter table transparency_leaves enable trigger transparency_leaves_no_change`.execute(
      t.deps.db,
    );
    const report = await verifyLog(t.deps.db);
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.kind === 'tree-head' && /truncated/.test(p.message))).toBe(true);
  });
});

// Two server processes on PostgreSQL: two pools on one database appending at once. The leaf index stays one
// gap-free sequence in chain order. Runs with TEST_DATABASE_URL (../shared/ci/with-postgres); PGlite is one
// process by construction (its data directory is locked), so there is nothing to race there.
const postgres = !!process.env.TEST_DATABASE_URL;
describe.skipIf(!postgres)(
  'the log from two server processes (PostgreSQL only; skipped without TEST_DATABASE_URL)',
  () => {
    let copy: { name: string; url: string };
    let a: Database;
    let b: Database;
    beforeEach(async () => {
      copy = await cloneDatabase(process.env.TEST_DATABASE_URL!, inject('postgresTemplate')!);
      a = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 5 });
      b = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 5 });
    });
    afterEach(async () => {
      await a.close();
      await b.close();
      await dropDatabase(process.env.TEST_DATABASE_URL!, copy.name);
    });

    it('80 events from both pools at once, some rolled back: leaves 0..n-1 with no gap, verify passes', async () => {
      const before = await expectGapFreeLog(a.db);
      const ctx = systemContext('test');
      const results = await Promise.allSettled(
        Array.from({ length: 80 }, (_, i) =>
          (i % 2 ? a.db : b.db).transaction().execute(async (trx) => {
            await appendAuditEvent(trx, ctx, { operation: 'audit.verified', reason: `concurrent ${i}` });
            // Every seventh write fails after its event: the event and its leaf roll back together.
            if (i % 7 === 0) throw new Error('rolled back');
          }),
        ),
      );
      const committed = results.filter((r) => r.status === 'fulfilled').length;
      expect(committed).toBe(80 - 12);
      const leaves = await expectGapFreeLog(b.db);
      expect(leaves.length).toBe(before.length + committed);
      // Signing from both at once too.
      await Promise.all([signTreeHead(a.db, ctx, 'request'), signTreeHead(b.db, ctx, 'request')]);
      const report = await verifyLog(a.db);
      expect(report.problems).toEqual([]);
    }, 120_000);
  },
);

// Issue 6 item 7: two real server processes on one PostgreSQL, each with its own pool, appending at
// once through appendAuditEvent (some transactions rolled back). The log stays one gap-free sequence and
// `sanxiang verify`'s checks pass. PostgreSQL only, like the two-pool test above.
const writerScript = path.join(import.meta.dirname, 'support/audit-writer-process.ts');

interface WriterResult {
  label: string;
  pid: number;
  committed: number;
  rolledBack: number;
}

/** Starts one writer process; `ready` resolves once its pool is connected, `done` with its report. */
function startWriter(databaseUrl: string, label: string, count: number) {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', writerScript, databaseUrl, label, String(count)],
    { cwd: path.resolve(import.meta.dirname, '../../..'), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    if (/^ready$/m.test(out)) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const done = new Promise<WriterResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`writer ${label} exited ${code}: ${err}`));
      const last = out.trim().split('\n').at(-1)!;
      resolve(JSON.parse(last) as WriterResult);
    });
  });
  // A writer that dies before `ready` must fail the test, not hang it.
  return {
    ready: Promise.race([ready, done.then(() => undefined)]),
    go: () => child.stdin.end('go\n'),
    done,
    kill: () => child.exitCode === null && child.kill(),
  };
}

describe.skipIf(!postgres)(
  'the log from two server OS processes (PostgreSQL only; skipped without TEST_DATABASE_URL)',
  () => {
    let copy: { name: string; url: string };
    let db: Database;
    const writers: ReturnType<typeof startWriter>[] = [];
    beforeEach(async () => {
      copy = await cloneDatabase(process.env.TEST_DATABASE_URL!, inject('postgresTemplate')!);
      db = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 2 });
    });
    afterEach(async () => {
      for (const w of writers.splice(0)) w.kill();
      await db.close();
      await dropDatabase(process.env.TEST_DATABASE_URL!, copy.name);
    });

    it('two processes × 60 events at once, every fifth rolled back: leaves 0..n-1 with no gap, verify passes', async () => {
      const perProcess = 60;
      const before = await expectGapFreeLog(db.db);
      writers.push(startWriter(copy.url, 'A', perProcess), startWriter(copy.url, 'B', perProcess));
      await Promise.all(writers.map((w) => w.ready));
      for (const w of writers) w.go();
      const [a, b] = await Promise.all(writers.map((w) => w.done));
      expect(a!.pid).not.toBe(b!.pid);
      for (const r of [a!, b!]) {
        expect(r.rolledBack).toBe(perProcess / 5);
        expect(r.committed).toBe(perProcess - perProcess / 5);
      }

      const leaves = await expectGapFreeLog(db.db);
      // Plus one event each for the tree head each process signed at the end.
      expect(leaves.length).toBe(before.length + a!.committed + b!.committed + 2);
      // Exactly the committed events are in the log, none of the rolled-back ones, and the two processes'
      // appends interleave (they really wrote at the same time).
      const written = await db.db
        .selectFrom('audit_events')
        .select(['seq', 'reason'])
        .where('reason', '~', '^[AB] [0-9]+$')
        .orderBy('seq')
        .execute();
      const reasons = written.map((e) => e.reason!);
      const expected = (label: string) =>
        Array.from({ length: perProcess }, (_, i) => i)
          .filter((i) => i % 5 !== 0)
          .map((i) => `${label} ${i}`);
      expect(reasons.filter((r) => r.startsWith('A ')).sort()).toEqual(expected('A').sort());
      expect(reasons.filter((r) => r.startsWith('B ')).sort()).toEqual(expected('B').sort());
      const switches = reasons.filter((r, i) => i > 0 && r[0] !== reasons[i - 1]![0]).length;
      expect(switches).toBeGreaterThan(1);

      // Both processes signed a head; `sanxiang verify`'s checks (chain, leaves, subtrees, heads) all hold.
      const heads = await db.db
        .selectFrom('transparency_tree_heads')
        .select('tree_size')
        .where('tree_size', '>', String(before.length))
        .execute();
      expect(heads.length).toBe(2);
      const report = await verifyEverything(db.db, loadConfig({}), { blobs: false });
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.leaves).toBe(leaves.length);
    }, 180_000);
  },
);

// The portal tells the public to check a head with OpenSSL 3; this does exactly that.
describe('the portal’s OpenSSL instructions work (R-01)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => t.close());

  it('openssl dgst -sm3 -verify with the published PEM key says Verified OK, and refuses a changed head', async () => {
    const anon = t.client();
    const head = (await anon.get('/api/v1/transparency/tree-head')).json();
    const key = (await anon.get('/api/v1/transparency/keys')).json().items[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-openssl-'));
    try {
      fs.writeFileSync(path.join(dir, 'head.txt'), treeHeadText(head));
      fs.writeFileSync(path.join(dir, 'head.sig'), Buffer.from(head.signature, 'hex'));
      fs.writeFileSync(path.join(dir, 'sanxiang-log.pem'), key.publicKeyPem);
      const args = [
        'dgst',
        '-sm3',
        '-verify',
        'sanxiang-log.pem',
        '-sigopt',
        'distid:1234567812345678',
        '-signature',
        'head.sig',
        'head.txt',
      ];
      const ok = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      expect(ok.stdout.trim()).toBe('Verified OK');
      fs.writeFileSync(path.join(dir, 'head.txt'), treeHeadText({ ...head, treeSize: head.treeSize - 1 }));
      const bad = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the portal page shows the heads, the key and the worked example', async () => {
    const res = await t.client().get('/transparency');
    expect(res.statusCode).toBe(200);
    const heads = (await t.client().get('/api/v1/transparency/tree-heads')).json();
    expect(heads.total).toBeGreaterThanOrEqual(4);
    for (const h of heads.items.slice(0, 4)) expect(res.body).toContain(h.rootHash);
    expect(res.body).toContain('BEGIN PUBLIC KEY');
    expect(res.body).toContain('核验通过');
  });
});
