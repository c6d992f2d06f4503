import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createCase, forceStage, reload, V1 } from './cases-helpers.js';
import { linkEvidence } from './recording-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// R-07 一案一卷: the file is assembled in standard order as one PDF, sealed when the case reaches its final stage
// (归档) with SM3 and SHA-256 recorded, never changed afterwards except by an approved amendment that seals a
// new version and keeps the old one, and exported on request as a zip that can be checked offline.

let t: TestApp;
let blobDir: string;
let zhifa: Client;
let zhongdui: Client;
let juzhang: Client;

beforeEach(async () => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-case-file-'));
  t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
  juzhang = await t.as('juzhang');
});
afterEach(async () => {
  await t.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');

async function issue(who: Client, caseId: string, kinds: string[], input: Record<string, unknown> = {}) {
  for (const kind of kinds) {
    const drafted = await who.post(`${V1}/cases/${caseId}/documents`, { kind, input });
    expect(drafted.statusCode, `${kind}: ${drafted.body}`).toBe(201);
    const issued = await who.post(`${V1}/cases/${caseId}/documents/${drafted.json().document.id}/issue`);
    expect(issued.statusCode, `${kind}: ${issued.body}`).toBe(200);
  }
}

/** A general case at 结案 with its documents issued and evidence linked, then archived by the squad leader. */
async function archivedCase() {
  const k = await createCase(zhifa, { summary: '占道经营，经责令改正后拒不改正' });
  await forceStage(t, k.id, { stage: 'closing', status: 'closed' });
  await issue(zhifa, k.id, ['closing-approval', 'file-cover']);
  await linkEvidence(t, k.id, 'investigation', 'photo', Buffer.from('现场照片字节'));
  await linkEvidence(t, k.id, 'investigation', 'video', Buffer.from('执法记录仪视频字节'));
  const before = await zhifa.get(`${V1}/cases/${k.id}/case-file`);
  expect(before.json().state).toBe('open');
  const res = await act(zhongdui, await reload(zhongdui, k.id), 'archive');
  expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
  expect(res.json().stage).toBe('archived');
  return k.id as string;
}

async function download(c: Client, url: string): Promise<Buffer> {
  const res = await c.request('GET', url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.rawPayload;
}

describe('R-07: sealing at 归档', () => {
  it('seals one PDF in standard order whose recorded SM3 and SHA-256 are those of the bytes served', async () => {
    const id = await archivedCase();
    const res = await zhifa.get(`${V1}/cases/${id}/case-file`);
    expect(res.statusCode, res.body).toBe(200);
    const file = res.json();
    expect(file.state).toBe('sealed');
    expect(file.current).toMatchObject({ version: 1, status: 'sealed' });
    const sections = file.manifest.map((e: { section: string }) => e.section);
    const order = ['cover', 'contents', 'documents', 'evidence', 'note'];
    const firstOf = order.map((s) => sections.indexOf(s));
    expect(firstOf.every((i: number) => i >= 0)).toBe(true);
    expect([...firstOf].sort((a, b) => a - b)).toEqual(firstOf);
    expect(file.manifest.filter((e: { section: string }) => e.section === 'documents')).toHaveLength(2);
    expect(
      file.manifest.filter((e: { section: string; file: unknown }) => e.section === 'evidence' && e.file),
    ).toHaveLength(2);
    const pages = file.manifest.map((e: { page: number }) => e.page);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);

    const pdf = await download(zhifa, `${V1}/cases/${id}/case-file/versions/1/pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdf)).toBe(file.current.sha256);
    expect(sm3(pdf)).toBe(file.current.sm3);
    const parsed = await PDFDocument.load(pdf);
    expect(parsed.getPageCount()).toBe(file.current.pageCount);
    // The sealing, the view and the download are in the audit log and on the file's trail.
    const again = (await zhifa.get(`${V1}/cases/${id}/case-file`)).json();
    expect(again.trail.map((e: { operation: string }) => e.operation)).toEqual(
      expect.arrayContaining(['case-file.sealed', 'case-file.viewed', 'case-file.downloaded']),
    );
  });

  it('a sealed version cannot be changed or deleted, even directly in the database', async () => {
    const id = await archivedCase();
    const row = await t.deps.db
      .selectFrom('case_files')
      .selectAll()
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow();
    await expect(
      t.deps.db
        .updateTable('case_files')
        .set({ pdf_sha256: '0'.repeat(64) })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/sealed/);
    await expect(t.deps.db.deleteFrom('case_files').where('id', '=', row.id).execute()).rejects.toThrow(
      /sealed/,
    );
    // And the engine seals once: the recovery route refuses a second seal.
    const twice = await zhifa.post(`${V1}/cases/${id}/case-file/seal`);
    expect(twice.json().code).toBe('CASE_FILE_ALREADY_SEALED');
  });

  it('a running case has no sealed file to export or amend', async () => {
    const k = await createCase(zhifa);
    expect((await zhifa.get(`${V1}/cases/${k.id}/case-file`)).json()).toMatchObject({
      state: 'open',
      current: null,
    });
    expect((await zhifa.get(`${V1}/cases/${k.id}/case-file/export`)).json().code).toBe(
      'CASE_FILE_NOT_SEALED',
    );
    expect(
      (await zhifa.post(`${V1}/cases/${k.id}/case-file/amendments`, { reason: '补充材料' })).json().code,
    ).toBe('CASE_FILE_NOT_SEALED');
  });
});

describe('R-07: amendments after sealing', () => {
  it('request → head approval → a new sealed version; the old one is kept and still verifies', async () => {
    const id = await archivedCase();
    const v1 = (await zhifa.get(`${V1}/cases/${id}/case-file`)).json().current;
    const v1pdf = await download(zhifa, `${V1}/cases/${id}/case-file/versions/1/pdf`);
    await linkEvidence(t, id, 'closing', 'photo', Buffer.from('补拍的现场复查照片'));
    const asked = await zhifa.post(`${V1}/cases/${id}/case-file/amendments`, {
      reason: '补充结案后现场复查照片',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const dup = await zhifa.post(`${V1}/cases/${id}/case-file/amendments`, { reason: '再次申请' });
    expect(dup.json().code).toBe('CASE_FILE_AMENDMENT_PENDING');
    // Only the bureau head approves.
    const bySquad = await zhongdui.post(
      `${V1}/cases/${id}/case-file/amendments/${asked.json().id}/decision`,
      {
        approve: true,
        opinion: '同意',
      },
    );
    expect(bySquad.statusCode).toBe(403);
    const ok = await juzhang.post(`${V1}/cases/${id}/case-file/amendments/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意补正',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const file = (await zhifa.get(`${V1}/cases/${id}/case-file`)).json();
    expect(file.current).toMatchObject({ version: 2, status: 'sealed', amendmentId: asked.json().id });
    expect(file.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'sealed'],
      [1, 'superseded'],
    ]);
    expect(file.current.sha256).not.toBe(v1.sha256);
    expect(
      file.manifest.filter((e: { section: string; file: unknown }) => e.section === 'evidence' && e.file),
    ).toHaveLength(3);
    expect(file.amendments[0]).toMatchObject({
      status: 'approved',
      fileVersion: 1,
      newVersion: 2,
      opinion: '同意补正',
    });
    const old = await download(zhifa, `${V1}/cases/${id}/case-file/versions/1/pdf`);
    expect(old.equals(v1pdf)).toBe(true);
    expect(sha256(old)).toBe(v1.sha256);
  });

  it('a denied amendment changes nothing but its own record', async () => {
    const id = await archivedCase();
    const asked = await zhifa.post(`${V1}/cases/${id}/case-file/amendments`, { reason: '更正当事人地址' });
    const no = await juzhang.post(`${V1}/cases/${id}/case-file/amendments/${asked.json().id}/decision`, {
      approve: false,
      opinion: '地址无误，不予补正',
    });
    expect(no.json()).toMatchObject({ status: 'denied' });
    const file = (await zhifa.get(`${V1}/cases/${id}/case-file`)).json();
    expect(file.versions).toHaveLength(1);
    expect(file.amendments[0]).toMatchObject({ status: 'denied', newVersion: null });
    const twice = await juzhang.post(`${V1}/cases/${id}/case-file/amendments/${asked.json().id}/decision`, {
      approve: true,
      opinion: '改为同意',
    });
    expect(twice.json().code).toBe('CASE_FILE_AMENDMENT_DECIDED');
  });
});

describe('R-07: export on request', () => {
  it('a zip of the sealed PDF, the originals and a manifest whose digests match every file', async () => {
    const id = await archivedCase();
    const file = (await zhifa.get(`${V1}/cases/${id}/case-file`)).json();
    const zipBytes = await download(zhifa, `${V1}/cases/${id}/case-file/export`);
    const zip = await JSZip.loadAsync(zipBytes);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(zip.file('README.txt')).toBeTruthy();
    const pdf = Buffer.from(await zip.file('case-file.pdf')!.async('uint8array'));
    expect(sha256(pdf)).toBe(file.current.sha256);
    expect(manifest.caseFile).toMatchObject({ sha256: file.current.sha256, sm3: file.current.sm3 });
    expect(manifest.files.length).toBe(4);
    for (const f of manifest.files as { name: string; sha256: string; sm3: string }[]) {
      const bytes = Buffer.from(await zip.file(f.name)!.async('uint8array'));
      expect(sha256(bytes), f.name).toBe(f.sha256);
      expect(sm3(bytes), f.name).toBe(f.sm3);
    }
    const exported = await t.deps.db
      .selectFrom('audit_events')
      .select(['kind'])
      .where('operation', '=', 'case-file.exported')
      .where('target_id', '=', id)
      .execute();
    expect(exported).toEqual([{ kind: 'read' }]);
    // each evidence original in the bundle has an export in its chain of custody.
    const custody = await t.deps.db
      .selectFrom('custody_events')
      .select(['action', 'case_id'])
      .where('action', '=', 'exported')
      .where('case_id', '=', id)
      .execute();
    expect(custody).toHaveLength(2);
  });
});
