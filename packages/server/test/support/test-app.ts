import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/context.js';
import type { Database } from '../../src/db/open-database.js';
import { DEMO_PASSWORD } from '../../src/demo/bureau.js';
import { buildApp } from '../../src/http/build-app.js';
import { type Backend, testDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: Database;
  /** A client that keeps cookies and sends the CSRF token, as the console does. */
  client(): Client;
  /** A client signed in as a demo account. */
  as(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  csrf: string | null;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  login(username: string, password?: string, totp?: string): Promise<LightMyRequestResponse>;
}

export async function testApp(
  options: { backend?: Backend; demo?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const database = await testDatabase(options.backend);
  const config = {
    ...loadConfig({ SANXIANG_DEMO: options.demo === false ? '0' : '1', ...options.env }),
    port: 0,
  };
  const deps: AppDeps = { db: database.db, dbKind: database.kind, config };
  const app = await buildApp(deps);
  const client = (): Client => {
    const cookies = new Map<string, string>();
    const c: Client = {
      csrf: null,
      async request(method, url, body, headers = {}) {
        const res = await app.inject({
          method: method as 'GET',
          url,
          headers: {
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(c.csrf && method !== 'GET' ? { 'x-csrf-token': c.csrf } : {}),
            cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            'user-agent': 'vitest',
            ...headers,
          },
          ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
        });
        for (const ck of res.cookies as { name: string; value: string }[]) {
          if (ck.value === '') cookies.delete(ck.name);
          else cookies.set(ck.name, ck.value);
        }
        return res;
      },
      get: (url) => c.request('GET', url),
      post: (url, body) => c.request('POST', url, body ?? {}),
      put: (url, body) => c.request('PUT', url, body ?? {}),
      async login(username, password = DEMO_PASSWORD, totp) {
        const res = await c.request('POST', '/api/v1/auth/login', {
          username,
          password,
          ...(totp ? { totp } : {}),
        });
        if (res.statusCode === 200) c.csrf = res.json().csrfToken;
        return res;
      },
    };
    return c;
  };
  return {
    app,
    deps,
    database,
    client,
    async as(username, password) {
      const c = client();
      const res = await c.login(username, password);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
