import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../src/context.js';
import { appendUploadChunk } from '../src/evidence/append-upload-chunk.js';
import { listCaseEvidence } from '../src/evidence/list-case-evidence.js';
import { stagingPath } from '../src/evidence/upload-files.js';
import { buildApp } from '../src/http/build-app.js';
import { type EvidenceSession, evidenceSession, footageMeta, seizureCase, V1 } from './evidence-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Issue 6 item 1, R-06: evidence streamed in, hashed with SM3 and SHA-256, resumable, limited, deduplicated.

let t: TestApp;
let zhifa: EvidenceSession;
let kase: Awaited<ReturnType<typeof seizureCase>>;

beforeAll(async () => {
  t = await testApp({ env: { SANXIANG_EVIDENCE_MAX_BYTES: String(3 * 1024 * 1024) } });
  zhifa = await evidenceSession(t, 'zhifa');
  kase = await seizureCase(t);
});
afterAll(() => t?.close());

const digest = (alg: string, b: Buffer) => createHash(alg).update(b).digest('hex');

describe('evidence ingest (R-06)', () => {
  it('streams footage in chunks and records both digests, the metadata and the link to the case stage', async () => {
    const bytes = randomBytes(300_000);
    const res = await zhifa.upload(footageMeta(kase.id), bytes, 100_000);
    expect(res.statusCode).toBe(200);
    const { upload, evidence } = res.json();
    expect(upload).toMatchObject({ status: 'completed', offset: bytes.length, size: bytes.length });
    expect(evidence).toMatchObject({
      kind: 'video',
      size: bytes.length,
      sha256: digest('sha256', bytes),
      sm3: digest('sm3', bytes),
      contentType: 'video/mp4',
      place: '如皋市如城街道解放路36号',
      gps: { lat: 32.3912, lng: 120.5634 },
      late: false,
      links: [{ caseId: kase.id, stage: 'on-site' }],
    });
    expect(evidence.officer.name).not.toBe('');
    // The staging file is gone; the blob is stored under its SHA-256.
    expect(fs.existsSync(stagingPath(t.deps.config, upload.id))).toBe(false);
    const row = await t.deps.db
      .selectFrom('evidence_items')
      .selectAll()
      .where('id', '=', evidence.id)
      .executeTakeFirstOrThrow();
    expect(row.blob_key).toBe(digest('sha256', bytes));
    // The recording rules read it by stage and kind.
    const linked = await listCaseEvidence(t.deps.db, kase.id, { stage: 'on-site', kind: 'video' });
    expect(linked.map((e) => e.evidenceId)).toContain(evidence.id);
    // Custody and audit: ingested and linked.
    const custody = await t.deps.db
      .selectFrom('custody_events')
      .select('action')
      .where('evidence_id', '=', evidence.id)
      .orderBy('seq')
      .execute();
    expect(custody.map((c) => c.action)).toEqual(['ingested', 'linked']);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', evidence.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.operation)).toEqual(['evidence.uploaded', 'evidence.linked']);
  });

  it('resumes after a dropped connection from the offset the server kept', async () => {
    const bytes = randomBytes(200_000);
    const opened = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      size: bytes.length,
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().upload.id;
    // The connection drops after 70,000 bytes of a chunk that should have carried everything.
    let sent = 0;
    const dropping = new Readable({
      read() {
        if (sent >= 70_000) {
          this.destroy(new Error('socket hang up'));
          return;
        }
        this.push(bytes.subarray(sent, sent + 10_000));
        sent += 10_000;
      },
    });
    const actor = await t.deps.db
      .selectFrom('users')
      .select(['id', 'unit_id'])
      .where('username', '=', 'zhifa')
      .executeTakeFirstOrThrow();
    const ctx: RequestContext = {
      actor: {
        userId: actor.id,
        username: 'zhifa',
        displayName: 'zhifa',
        unitId: actor.unit_id,
        unitName: '',
        roles: ['officer'],
        sessionId: null,
      },
      ip: '127.0.0.1',
      userAgent: 'vitest',
    };
    await expect(appendUploadChunk(t.deps, ctx, id, 0, dropping)).rejects.toThrow('socket hang up');
    const status = await zhifa.json('GET', `${V1}/evidence/uploads/${id}`);
    expect(status.statusCode).toBe(200);
    expect(status.headers['upload-offset']).toBe('70000');
    expect(status.json().upload).toMatchObject({ status: 'open', offset: 70_000 });
    // A client resuming from the wrong place is told where to resume.
    const wrong = await zhifa.chunk(id, 50_000, bytes.subarray(50_000));
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH', details: { offset: 70_000 } });
    const done = await zhifa.chunk(id, 70_000, bytes.subarray(70_000));
    expect(done.statusCode).toBe(200);
    expect(done.json().evidence.sha256).toBe(digest('sha256', bytes));
    expect(done.json().evidence.sm3).toBe(digest('sm3', bytes));
  });

  it('resumes across a server restart, and bytes written past the recorded offset are cut off', async () => {
    const bytes = randomBytes(150_000);
    const opened = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      fileName: 'restart.mp4',
      size: bytes.length,
    });
    const id = opened.json().upload.id;
    expect((await zhifa.chunk(id, 0, bytes.subarray(0, 60_000))).statusCode).toBe(200);
    // The process died after writing more bytes to the staging file than it recorded.
    fs.appendFileSync(stagingPath(t.deps.config, id), Buffer.from('garbage from a crashed write'));
    await t.app.close();
    t.app = await buildApp(t.deps);
    zhifa = await evidenceSession(t, 'zhifa');
    const status = await zhifa.json('GET', `${V1}/evidence/uploads/${id}`);
    expect(status.json().upload.offset).toBe(60_000);
    const done = await zhifa.chunk(id, 60_000, bytes.subarray(60_000));
    expect(done.statusCode).toBe(200);
    expect(done.json().evidence.sha256).toBe(digest('sha256', bytes));
  });

  it('refuses a file over the configured limit before any byte is sent, with a coded error', async () => {
    const before = await t.deps.db
      .selectFrom('evidence_uploads')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      size: 3 * 1024 * 1024 + 1,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'EVIDENCE_TOO_LARGE',
      details: { limitBytes: 3 * 1024 * 1024 },
    });
    expect(res.json().message).toContain('3 MB');
    const after = await t.deps.db
      .selectFrom('evidence_uploads')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    // More bytes than declared are refused too.
    const opened = await zhifa.json('POST', `${V1}/evidence/uploads`, { ...footageMeta(kase.id), size: 10 });
    const over = await zhifa.chunk(opened.json().upload.id, 0, Buffer.alloc(20, 1));
    expect(over.statusCode).toBe(413);
    expect(over.json().code).toBe('UPLOAD_BEYOND_LENGTH');
  });

  it('the default limit is 4 GB', async () => {
    const { loadConfig } = await import('../src/config.js');
    expect(loadConfig({}).evidence.maxBytes).toBe(4 * 1024 ** 3);
    expect(loadConfig({}).evidence.lateUploadHours).toBe(24);
  });

  it('finds duplicates by hash: refused in the same case, recorded with a pointer elsewhere', async () => {
    const bytes = randomBytes(5000);
    const first = await zhifa.upload(
      { ...footageMeta(kase.id), kind: 'photo', fileName: 'scene.jpg' },
      bytes,
    );
    expect(first.statusCode).toBe(200);
    const again = await zhifa.upload(
      { ...footageMeta(kase.id), kind: 'photo', fileName: 'scene-copy.jpg' },
      bytes,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'EVIDENCE_DUPLICATE',
      details: { existingId: first.json().evidence.id },
    });
    const other = await t.deps.db
      .selectFrom('cases')
      .select(['id', 'stage'])
      .where('unit_id', '=', 'rg-dd-1')
      .where('id', '!=', kase.id)
      .executeTakeFirstOrThrow();
    const elsewhere = await zhifa.upload(
      { ...footageMeta(other.id), stage: other.stage, kind: 'photo', fileName: 'scene.jpg' },
      bytes,
    );
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().evidence.duplicateOf).toBe(first.json().evidence.id);
  });

  it('flags footage uploaded later than the window after capture (R-04)', async () => {
    const res = await zhifa.upload(
      {
        ...footageMeta(kase.id),
        fileName: 'late.mp4',
        capturedAt: new Date(Date.now() - 30 * 3600_000).toISOString(),
      },
      randomBytes(1000),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().evidence).toMatchObject({ late: true, lateWindowHours: 24 });
    expect(res.json().evidence.delayHours).toBeGreaterThan(29);
  });

  it('checks the metadata up front: file type against kind, stage against the procedure, the case in scope', async () => {
    const wrongType = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      fileName: 'clip.exe',
      size: 10,
    });
    expect(wrongType.json().code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const wrongStage = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      stage: 'hearing',
      size: 10,
    });
    expect(wrongStage.json().code).toBe('EVIDENCE_STAGE_UNKNOWN');
    const otherUnit = await t.deps.db
      .selectFrom('cases')
      .select('id')
      .where('unit_id', '=', 'rg-dd-2')
      .executeTakeFirstOrThrow();
    const outside = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(otherUnit.id),
      size: 10,
    });
    expect(outside.statusCode).toBe(404);
    const reader = await evidenceSession(t, 'jiandu');
    const forbidden = await reader.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      size: 10,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('an upload belongs to whoever opened it, and a cancelled one takes no more bytes', async () => {
    const opened = await zhifa.json('POST', `${V1}/evidence/uploads`, { ...footageMeta(kase.id), size: 100 });
    const id = opened.json().upload.id;
    const leader = await evidenceSession(t, 'zhongdui');
    expect((await leader.json('GET', `${V1}/evidence/uploads/${id}`)).statusCode).toBe(404);
    expect((await zhifa.json('DELETE', `${V1}/evidence/uploads/${id}`)).statusCode).toBe(200);
    expect(fs.existsSync(stagingPath(t.deps.config, id))).toBe(false);
    const late = await zhifa.chunk(id, 0, Buffer.alloc(100));
    expect(late.json().code).toBe('UPLOAD_NOT_OPEN');
  });
});

describe('abandoned uploads', () => {
  it('are closed by the daily sweep after seven days without a byte, staging file removed', async () => {
    const { sweepStaleUploadsJob } = await import('../src/evidence/sweep-stale-uploads.js');
    const opened = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      size: 1000,
    });
    const id = opened.json().upload.id;
    expect((await zhifa.chunk(id, 0, Buffer.alloc(400, 7))).statusCode).toBe(200);
    const fresh = await zhifa.json('POST', `${V1}/evidence/uploads`, { ...footageMeta(kase.id), size: 1000 });
    const ctx = {
      db: t.deps.db,
      config: t.deps.config,
      name: 'evidence.sweep-stale-uploads',
      heartbeat: async () => {},
    };
    await sweepStaleUploadsJob({ ...ctx, now: new Date(Date.now() + 8 * 86_400_000) });
    const rows = await t.deps.db
      .selectFrom('evidence_uploads')
      .select(['id', 'status'])
      .where('id', 'in', [id, fresh.json().upload.id])
      .execute();
    expect(rows.every((r) => r.status === 'aborted')).toBe(true);
    expect(fs.existsSync(stagingPath(t.deps.config, id))).toBe(false);
    // A day later than the last byte is not stale.
    const recent = await zhifa.json('POST', `${V1}/evidence/uploads`, {
      ...footageMeta(kase.id),
      size: 1000,
    });
    await sweepStaleUploadsJob({ ...ctx, now: new Date(Date.now() + 86_400_000) });
    const still = await zhifa.json('GET', `${V1}/evidence/uploads/${recent.json().upload.id}`);
    expect(still.json().upload.status).toBe('open');
  });
});
