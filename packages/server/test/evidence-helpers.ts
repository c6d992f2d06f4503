import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '../src/demo/bureau.js';
import type { TestApp } from './support/test-app.js';

// Shared by the evidence-*.test.ts files: a signed-in session that speaks the resumable upload protocol
// (JSON to open, raw chunks with Upload-Offset to append), and a demo case to upload to.

export const V1 = '/api/v1';

export interface EvidenceSession {
  json(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  chunk(uploadId: string, offset: number, bytes: Buffer): Promise<LightMyRequestResponse>;
  /** Opens an upload and sends the whole file in chunks of `chunkSize`; returns the last response. */
  upload(meta: Record<string, unknown>, bytes: Buffer, chunkSize?: number): Promise<LightMyRequestResponse>;
}

export async function evidenceSession(t: TestApp, username: string): Promise<EvidenceSession> {
  const login = await t.app.inject({
    method: 'POST',
    url: `${V1}/auth/login`,
    headers: { 'content-type': 'application/json', 'user-agent': 'vitest' },
    payload: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.statusCode !== 200) throw new Error(`login ${username}: ${login.body}`);
  const cookie = (login.cookies as { name: string; value: string }[])
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const csrf = login.json().csrfToken as string;
  const base = { cookie, 'x-csrf-token': csrf, 'user-agent': 'vitest' };
  const s: EvidenceSession = {
    json: (method, url, body, headers = {}) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...base,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      }),
    chunk: (id, offset, bytes) =>
      t.app.inject({
        method: 'PATCH',
        url: `${V1}/evidence/uploads/${id}`,
        headers: {
          ...base,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(offset),
        },
        payload: bytes,
      }),
    async upload(meta, bytes, chunkSize = 64 * 1024) {
      const opened = await s.json('POST', `${V1}/evidence/uploads`, { size: bytes.length, ...meta });
      if (opened.statusCode !== 201) return opened;
      const id = opened.json().upload.id as string;
      let res = opened;
      for (let at = 0; at < bytes.length || at === 0; at += chunkSize) {
        res = await s.chunk(id, at, bytes.subarray(at, at + chunkSize));
        if (res.statusCode !== 200 || bytes.length === 0) break;
      }
      return res;
    },
  };
  return s;
}

/** A seizure case of the officer zhifa's squad (rg-dd-1) from the demo. */
export async function seizureCase(t: TestApp) {
  return t.deps.db
    .selectFrom('cases')
    .select(['id', 'stage', 'unit_id', 'procedure'])
    .where('procedure', '=', 'seizure')
    .where('unit_id', '=', 'rg-dd-1')
    .orderBy('source_no')
    .executeTakeFirstOrThrow();
}

export function footageMeta(caseId: string, overrides: Record<string, unknown> = {}) {
  return {
    fileName: '执法记录仪_20260601_01.mp4',
    kind: 'video',
    capturedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    place: '如皋市如城街道解放路36号',
    gps: { lat: 32.3912, lng: 120.5634 },
    caseId,
    stage: 'on-site',
    ...overrides,
  };
}
