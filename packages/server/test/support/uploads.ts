import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '../../src/demo/bureau.js';
import type { TestApp } from './test-app.js';

export interface FilePart {
  field: string;
  filename: string;
  content: Buffer | string;
  contentType?: string;
}

/** A multipart/form-data body, as a browser's FormData would send it. */
export function multipartBody(
  files: FilePart[],
  fields: Record<string, string> = {},
): { payload: Buffer; contentType: string } {
  const boundary = `----sanxiang${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"; filename*=UTF-8''${encodeURIComponent(f.filename)}\r\n` +
          `Content-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    chunks.push(typeof f.content === 'string' ? Buffer.from(f.content) : f.content);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface Uploader {
  /** The session cookie header, for requests built by hand. */
  cookie: string;
  upload(url: string, files: FilePart[], fields?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Raw request with this session's cookie and CSRF token (for non-JSON bodies). */
  raw(method: string, url: string, payload?: Buffer, contentType?: string): Promise<LightMyRequestResponse>;
}

/** A signed-in session that can send multipart uploads (the JSON test client cannot). */
export async function uploaderAs(t: TestApp, username: string): Promise<Uploader> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', 'user-agent': 'vitest' },
    payload: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.statusCode !== 200) throw new Error(`login ${username} failed: ${login.body}`);
  const cookie = (login.cookies as { name: string; value: string }[])
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const csrf = login.json().csrfToken as string;
  const raw: Uploader['raw'] = (method, url, payload, contentType) =>
    t.app.inject({
      method: method as 'POST',
      url,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'user-agent': 'vitest',
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(payload ? { payload } : {}),
    });
  return {
    cookie,
    raw,
    upload(url, files, fields) {
      const body = multipartBody(files, fields);
      return raw('POST', url, body.payload, body.contentType);
    },
  };
}
