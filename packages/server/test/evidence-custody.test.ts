import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { verifyBundle } from '../../cli/src/commands/verify-bundle.js';
import { parseRange } from '../src/evidence/open-evidence-content.js';
import { type EvidenceSession, evidenceSession, footageMeta, seizureCase, V1 } from './evidence-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Issue 6 item 4, R-06: chain of custody for every view, playback, download, export, link and unlink;
// playback by HTTP Range; an export bundle verifiable offline; data scope of the case's unit.

let t: TestApp;
let zhifa: EvidenceSession;
let kase: Awaited<ReturnType<typeof seizureCase>>;
let item: { id: string; sha256: string; sm3: string };
const bytes = randomBytes(50_000);
let dir: string;

beforeAll(async () => {
  t = await testApp();
  zhifa = await evidenceSession(t, 'zhifa');
  kase = await seizureCase(t);
  const res = await zhifa.upload(footageMeta(kase.id, { fileName: 'custody.webm' }), bytes);
  if (res.statusCode !== 200) throw new Error(res.body);
  item = res.json().evidence;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bundle-'));
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const trail = async (id: string) =>
  await t.deps.db
    .selectFrom('custody_events')
    .select(['action', 'actor_name', 'case_id'])
    .where('evidence_id', '=', id)
    .orderBy('seq')
    .execute();

describe('chain of custody (R-06)', () => {
  it('plays by HTTP Range with 206 and logs the playback once, not on every seek', async () => {
    const before = (await trail(item.id)).length;
    const first = await zhifa.json('GET', `${V1}/evidence/${item.id}/content`, undefined, {
      range: 'bytes=0-',
    });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-49999/50000`);
    expect(first.headers['accept-ranges']).toBe('bytes');
    expect(first.headers['content-type']).toBe('video/webm');
    expect(first.rawPayload.equals(bytes)).toBe(true);
    const seek = await zhifa.json('GET', `${V1}/evidence/${item.id}/content`, undefined, {
      range: 'bytes=1000-1999',
    });
    expect(seek.statusCode).toBe(206);
    expect(seek.headers['content-length']).toBe('1000');
    expect(seek.rawPayload.equals(bytes.subarray(1000, 2000))).toBe(true);
    const tail = await zhifa.json('GET', `${V1}/evidence/${item.id}/content`, undefined, {
      range: 'bytes=-10',
    });
    expect(tail.rawPayload.equals(bytes.subarray(49_990))).toBe(true);
    const outside = await zhifa.json('GET', `${V1}/evidence/${item.id}/content`, undefined, {
      range: 'bytes=60000-',
    });
    expect(outside.statusCode).toBe(416);
    expect(outside.json().code).toBe('EVIDENCE_RANGE_NOT_SATISFIABLE');
    const after = await trail(item.id);
    // One playback (from the first byte); the seek, the tail read and the refused range are not playbacks.
    expect(after.slice(before).map((e) => e.action)).toEqual(['played']);
    expect(() => parseRange('bytes=5-2', 10)).toThrow();
    expect(parseRange('bytes=0-1,4-5', 10)).toBeNull();
    expect(parseRange('bytes=2-100', 10)).toEqual({ start: 2, end: 9 });
  });

  it('logs each view and download, with who did it, in the custody table and the audit log', async () => {
    const view = await zhifa.json('GET', `${V1}/evidence/${item.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().evidence.sha256).toBe(item.sha256);
    const download = await zhifa.json('GET', `${V1}/evidence/${item.id}/content?download=1`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''custody.webm");
    expect(createHash('sm3').update(download.rawPayload).digest('hex')).toBe(item.sm3);
    const events = await trail(item.id);
    expect(events.slice(-2).map((e) => e.action)).toEqual(['viewed', 'downloaded']);
    expect(events.at(-1)!.actor_name).toContain('zhifa');
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', item.id)
      .orderBy('seq')
      .execute();
    expect(audit.slice(-2).map((a) => a.operation)).toEqual(['evidence.viewed', 'evidence.downloaded']);
    const custody = await zhifa.json('GET', `${V1}/evidence/${item.id}/custody`);
    expect(custody.json().events.map((e: { action: string }) => e.action)).toEqual(
      events.map((e) => e.action),
    );
  });

  it('links and unlinks with a reason, each a custody event; the same link twice is refused', async () => {
    const other = await t.deps.db
      .selectFrom('cases')
      .select(['id', 'stage'])
      .where('unit_id', '=', 'rg-dd-1')
      .where('id', '!=', kase.id)
      .executeTakeFirstOrThrow();
    const link = await zhifa.json('POST', `${V1}/evidence/${item.id}/links`, {
      caseId: other.id,
      stage: other.stage,
    });
    expect(link.statusCode).toBe(200);
    expect(link.json().evidence.links.map((l: { caseId: string }) => l.caseId)).toContain(other.id);
    const twice = await zhifa.json('POST', `${V1}/evidence/${item.id}/links`, {
      caseId: other.id,
      stage: other.stage,
    });
    expect(twice.json().code).toBe('EVIDENCE_ALREADY_LINKED');
    const noReason = await zhifa.json('POST', `${V1}/evidence/${item.id}/unlink`, {
      caseId: other.id,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const unlink = await zhifa.json('POST', `${V1}/evidence/${item.id}/unlink`, {
      caseId: other.id,
      reason: '误关联，非本案现场',
    });
    expect(unlink.statusCode).toBe(200);
    expect(unlink.json().evidence.links.map((l: { caseId: string }) => l.caseId)).not.toContain(other.id);
    const events = await trail(item.id);
    expect(events.slice(-2).map((e) => [e.action, e.case_id])).toEqual([
      ['linked', other.id],
      ['unlinked', other.id],
    ]);
    const history = await t.deps.db
      .selectFrom('evidence_links')
      .select('unlink_reason')
      .where('evidence_id', '=', item.id)
      .where('case_id', '=', other.id)
      .execute();
    expect(history).toEqual([{ unlink_reason: '误关联，非本案现场' }]);
  });

  it('custody rows cannot be changed or removed', async () => {
    await expect(
      t.deps.db.updateTable('custody_events').set({ ip: 'x' }).where('evidence_id', '=', item.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.deps.db.deleteFrom('custody_events').where('evidence_id', '=', item.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('exports a zip of files, digests and custody history that verify-bundle checks offline, and catches one changed byte', async () => {
    const res = await zhifa.json('GET', `${V1}/evidence/export?caseId=${kase.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const file = path.join(dir, 'bundle.zip');
    fs.writeFileSync(file, res.rawPayload);
    const report = await verifyBundle(file);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.items).toBeGreaterThanOrEqual(1);
    // The export is itself in the custody history inside the bundle.
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
    const names: string[] = [];
    let custodyJson = '';
    let manifestJson = '';
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      if (entry.fileName === 'custody.json' || entry.fileName === 'manifest.json') {
        const chunks: Buffer[] = [];
        for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
        if (entry.fileName === 'custody.json') custodyJson = Buffer.concat(chunks).toString();
        else manifestJson = Buffer.concat(chunks).toString();
      }
    }
    zip.close();
    expect(names).toEqual(
      expect.arrayContaining(['README.txt', 'manifest.json', 'custody.json', 'SHA256SUMS']),
    );
    const custody = JSON.parse(custodyJson);
    expect(custody[item.id].at(-1).action).toBe('exported');
    const manifest = JSON.parse(manifestJson);
    const mine = manifest.items.find((i: { evidence: { id: string } }) => i.evidence.id === item.id);
    expect(mine).toMatchObject({ sha256: item.sha256, sm3: item.sm3, size: bytes.length });
    expect((await trail(item.id)).at(-1)!.action).toBe('exported');

    // Flip one byte of the stored file inside the zip (files are stored uncompressed): caught.
    const raw = fs.readFileSync(file);
    const at = raw.indexOf(bytes.subarray(100, 132));
    expect(at).toBeGreaterThan(0);
    raw[at + 5] = raw[at + 5]! ^ 0xff;
    const tampered = path.join(dir, 'tampered.zip');
    fs.writeFileSync(tampered, raw);
    const bad = await verifyBundle(tampered).catch((e: Error) => ({
      ok: false,
      problems: [{ path: 'zip', problem: e.message }],
    }));
    expect(bad.ok).toBe(false);
  });

  it('reads stay within the case unit: another squad sees nothing, the supervision centre sees all', async () => {
    const township = await evidenceSession(t, 'changjiang');
    expect((await township.json('GET', `${V1}/evidence/${item.id}`)).statusCode).toBe(404);
    expect((await township.json('GET', `${V1}/evidence/${item.id}/content`)).statusCode).toBe(404);
    const list = await township.json('GET', `${V1}/evidence?caseId=${kase.id}`);
    expect(list.json().total).toBe(0);
    const supervisor = await evidenceSession(t, 'jiandu');
    expect((await supervisor.json('GET', `${V1}/evidence/${item.id}`)).statusCode).toBe(200);
    const mineList = await zhifa.json('GET', `${V1}/evidence?caseId=${kase.id}&kind=video`);
    expect(mineList.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it('searches by digest prefix, place and lateness', async () => {
    const byDigest = await zhifa.json('GET', `${V1}/evidence?q=${item.sha256.slice(0, 12)}`);
    expect(byDigest.json().items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const byPlace = await zhifa.json(
      'GET',
      `${V1}/evidence?q=${encodeURIComponent('解放路36号')}&pageSize=100`,
    );
    expect(byPlace.json().items.map((i: { id: string }) => i.id)).toContain(item.id);
    const late = await zhifa.json('GET', `${V1}/evidence?late=true&pageSize=100`);
    for (const i of late.json().items) expect(i.late).toBe(true);
  });
});
