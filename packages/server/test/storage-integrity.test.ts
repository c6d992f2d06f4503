import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerJob, runJobNow, unregisterJob } from '../src/jobs/index.js';
import { blobsIntact, checkAllBlobs } from '../src/storage/check-blobs.js';
import { checkBlobsJob, INTEGRITY_REPORT_KEY } from '../src/storage/integrity-job.js';
import { LocalBlobStore } from '../src/storage/local-blob-store.js';
import { S3BlobStore } from '../src/storage/s3-blob-store.js';
import { evidenceSession, footageMeta, seizureCase } from './evidence-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Issue 6 item 8: the integrity check re-hashes every referenced blob and reports the missing, the
// corrupted and the orphaned, on the local directory and on S3 (s3rver on loopback); the scheduled job.

let t: TestApp;
let root: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-integrity-'));
  t = await testApp({ env: { SANXIANG_BLOB_DIR: root } });
  // The demo's blobs were written to the default store at seeding; put them in this test's store too.
  const { seedDemoEvidenceBlobs } = await import('./storage-helpers.js');
  await seedDemoEvidenceBlobs(t);
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('checkAllBlobs', () => {
  it('finds nothing wrong in an intact store, then the missing, the corrupted and the orphaned', async () => {
    const store = new LocalBlobStore(root);
    const officer = await evidenceSession(t, 'zhifa');
    const kase = await seizureCase(t);
    const up = async (name: string, text: string) =>
      (await officer.upload(footageMeta(kase.id, { fileName: name }), Buffer.from(text))).json().evidence;
    const a = await up('a.mp4', 'footage A '.repeat(100));
    const b = await up('b.mp4', 'footage B '.repeat(100));
    const clean = await checkAllBlobs(t.deps.db, store);
    expect(clean.missing).toEqual([]);
    expect(clean.corrupted).toEqual([]);
    expect(blobsIntact(clean)).toBe(true);
    expect(clean.checked).toBeGreaterThanOrEqual(2);

    // One byte of one blob changed, one blob removed, one blob no record names.
    const fileA = store.pathOf(a.sha256);
    fs.chmodSync(fileA, 0o644);
    const buf = fs.readFileSync(fileA);
    buf[10] = buf[10]! ^ 1;
    fs.writeFileSync(fileA, buf);
    fs.rmSync(store.pathOf(b.sha256), { force: true });
    const orphan = await store.put(Readable.from([Buffer.from('nobody points at me')]));
    const report = await checkAllBlobs(t.deps.db, store);
    expect(report.corrupted.map((c) => c.key)).toEqual([a.sha256]);
    expect(report.corrupted[0]!.refs).toEqual([{ table: 'evidence_items', id: a.id }]);
    expect(report.corrupted[0]!.actual.sm3).not.toBe(a.sm3);
    expect(report.missing.map((m) => m.key)).toEqual([b.sha256]);
    expect(report.orphaned.map((o) => o.key)).toEqual([orphan.key]);
    expect(blobsIntact(report)).toBe(false);

    // The scheduled job records the same report and a failed audit event.
    registerJob('storage.check-blobs', { every: '1d' }, checkBlobsJob);
    try {
      const run = await runJobNow({ db: t.deps.db, config: t.deps.config }, 'storage.check-blobs');
      expect(run.status).toBe('ok');
      expect(run.result).toContain('1 missing, 1 corrupted, 1 orphaned');
    } finally {
      unregisterJob('storage.check-blobs');
    }
    const meta = await t.deps.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', INTEGRITY_REPORT_KEY)
      .executeTakeFirstOrThrow();
    expect((meta.value as { missing: unknown[] }).missing).toHaveLength(1);
    const event = await t.deps.db
      .selectFrom('audit_events')
      .select(['operation', 'outcome'])
      .where('operation', '=', 'storage.integrity-checked')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.outcome).toBe('failure');
  });

  it('works the same on the S3-compatible store', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-s3rver-'));
    const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
    const { port } = (await server.run()) as { port: number };
    const store = new S3BlobStore({
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'integrity',
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      createBucket: true,
    });
    try {
      const rows = await t.deps.db.selectFrom('evidence_items').select(['blob_key']).execute();
      const local = new LocalBlobStore(root);
      for (const r of rows) if (await local.has(r.blob_key)) await store.put(await local.get(r.blob_key));
      const orphan = await store.put(Readable.from([Buffer.from('orphan on s3')]));
      const report = await checkAllBlobs(t.deps.db, store);
      expect(report.orphaned.map((o) => o.key)).toContain(orphan.key);
      // The blob removed locally was never copied (missing); the altered one was stored under the address
      // of its altered bytes, so its recorded address is missing too and the altered copy is an orphan.
      expect(report.missing.length).toBeGreaterThanOrEqual(2);
      expect(report.orphaned.length).toBe(2);
    } finally {
      store.client.destroy();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
