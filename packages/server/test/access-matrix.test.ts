import { type Permission, ROLES, type RoleCode, rolesGrant } from '@sanxiang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/bureau.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// The policy on every route, proven as a matrix: every role's demo account × every API route, plus
// own-unit / other-unit reads. Write routes get an empty body: a caller the policy admits reaches
// validation (400), one it refuses never gets that far (401/403) — so nothing is changed by the matrix.
let t: TestApp;
const clients = new Map<string, Client>();
const accounts = DEMO_ACCOUNTS.filter((a) => !a.mustChangePassword);

beforeAll(async () => {
  t = await testApp();
  for (const a of accounts) clients.set(a.role, await t.as(a.username));
});
afterAll(async () => {
  await t.close();
});

const SAMPLE: Record<string, string> = {
  ':id': 'u-zhifa',
  ':year': '2025',
  ':date': '2026-05-01',
};

function concrete(url: string): string {
  let out = url.replace('/people/:id', '/people/p019');
  for (const [k, v] of Object.entries(SAMPLE)) out = out.replace(k, v);
  return out;
}

function expected(
  role: RoleCode,
  access: string,
  method: string,
  readOnlyMayCall = false,
): 'allowed' | 'forbidden' {
  if (access === 'public' || access === 'session') return 'allowed';
  if (!rolesGrant([role], access as Permission)) return 'forbidden';
  if (method !== 'GET' && ROLES[role].readOnly && !readOnlyMayCall) return 'forbidden';
  return 'allowed';
}

describe('policy check on every route (role × route)', () => {
  it('every API route declares its access', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(20);
    for (const r of t.app.apiRoutes) expect(r.access, `${r.method} ${r.url}`).toBeTruthy();
  });

  it('anonymous callers reach only public routes', async () => {
    const anon = t.client();
    for (const r of t.app.apiRoutes) {
      const res = await anon.request(r.method, concrete(r.url), r.method === 'GET' ? undefined : {});
      if (r.access === 'public') expect(res.statusCode, `${r.method} ${r.url}`).not.toBe(401);
      else {
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
        expect(res.json().code).toBe('AUTH_REQUIRED');
      }
    }
  });

  for (const account of accounts) {
    it(`${account.role} (${ROLES[account.role].name}) gets exactly its permissions`, async () => {
      const c = clients.get(account.role)!;
      for (const r of t.app.apiRoutes) {
        if (r.url === '/api/v1/auth/logout' || r.url === '/api/v1/auth/login') continue;
        const res = await c.request(r.method, concrete(r.url), r.method === 'GET' ? undefined : {});
        const label = `${account.role} ${r.method} ${r.url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (expected(account.role, r.access, r.method, r.readOnlyMayCall) === 'forbidden') {
          expect(res.statusCode, label).toBe(403);
          expect(['FORBIDDEN', 'READ_ONLY_ROLE'], label).toContain(res.json().code);
        } else {
          expect([401, 403], label).not.toContain(res.statusCode);
        }
      }
    });
  }
});

describe('三权分立: the three administrators stay apart (等保 2.0)', () => {
  // Written out by hand, not derived from the permission table, so a slip in that table fails here.
  const cases: [RoleCode, string, string, number][] = [
    ['sysadmin', 'GET', '/api/v1/audit/events', 403],
    ['sysadmin', 'PUT', '/api/v1/users/u-zhifa/roles', 403],
    ['sysadmin', 'POST', '/api/v1/users/u-zhifa/unlock', 403],
    ['secadmin', 'POST', '/api/v1/users', 403],
    ['secadmin', 'GET', '/api/v1/audit/events', 403],
    ['auditadmin', 'POST', '/api/v1/users', 403],
    ['auditadmin', 'GET', '/api/v1/users', 403],
    ['auditadmin', 'GET', '/api/v1/audit/events', 200],
    ['sysadmin', 'GET', '/api/v1/users', 200],
    ['supervisor', 'PUT', '/api/v1/calendar/days/2026-05-01', 403],
    ['judicial', 'GET', '/api/v1/users', 403],
    ['officer', 'GET', '/api/v1/audit/events', 403],
  ];
  for (const [role, method, url, status] of cases) {
    it(`${role} ${method} ${url} → ${status}`, async () => {
      const res = await clients.get(role)!.request(method, url, method === 'GET' ? undefined : {});
      expect(res.statusCode).toBe(status);
    });
  }
});

describe('data scope by the unit tree (own unit / other unit)', () => {
  // p019 is in 一中队 (the officer's own squad); find someone in 二中队 and in 长江镇 from the data.
  const personIn = async (unit: string) =>
    (
      await t.deps.db
        .selectFrom('people')
        .select('id')
        .where('unit_id', '=', unit)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;

  const cases: { role: RoleCode; own: string; other: string }[] = [
    { role: 'officer', own: 'rg-dd-1', other: 'rg-dd-2' },
    { role: 'squad_leader', own: 'rg-dd-1', other: 'tw-cj' },
    { role: 'township_officer', own: 'tw-cj', other: 'rg-dd-1' },
  ];
  for (const c of cases) {
    it(`${c.role} reads its own unit's person and gets 404 for another unit's`, async () => {
      const client = clients.get(c.role)!;
      expect((await client.get(`/api/v1/people/${await personIn(c.own)}`)).statusCode).toBe(200);
      const other = await client.get(`/api/v1/people/${await personIn(c.other)}`);
      expect(other.statusCode).toBe(404);
      expect(other.json().code).toBe('NOT_FOUND');
      const list = (await client.get('/api/v1/people?pageSize=200')).json();
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((p: { unit: { id: string } }) => p.unit.id === c.own)).toBe(true);
      const units = (await client.get('/api/v1/units')).json().items;
      expect(units.map((u: { id: string }) => u.id)).toEqual([c.own]);
    });
  }

  for (const role of ['bureau_head', 'supervisor', 'judicial', 'brigade_reviewer'] as RoleCode[]) {
    it(`${role} sees every unit (bureau-wide reach)`, async () => {
      const client = clients.get(role)!;
      expect((await client.get(`/api/v1/people/${await personIn('rg-dd-2')}`)).statusCode).toBe(200);
      expect((await client.get(`/api/v1/people/${await personIn('tw-bp')}`)).statusCode).toBe(200);
      const total = (await client.get('/api/v1/people?pageSize=1')).json().total;
      const all = (await t.deps.db.selectFrom('people').select('id').execute()).length;
      expect(total).toBe(all);
    });
  }

  it('the dashboard counts only what the caller may see', async () => {
    const township = (await clients.get('township_officer')!.get('/api/v1/dashboard/summary')).json();
    const head = (await clients.get('bureau_head')!.get('/api/v1/dashboard/summary')).json();
    expect(township.officers).toBe(
      (await t.deps.db.selectFrom('people').select('id').where('unit_id', '=', 'tw-cj').execute()).length,
    );
    expect(head.officers).toBeGreaterThan(township.officers);
  });

  it('R-08 a protected read leaves an access event naming the reader', async () => {
    const id = await personIn('rg-dd-1');
    await clients.get('supervisor')!.get(`/api/v1/people/${id}`);
    const event = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('operation', '=', 'person.viewed')
      .where('target_id', '=', id)
      .where('actor_username', '=', 'jiandu')
      .executeTakeFirst();
    expect(event?.kind).toBe('read');
    expect(event?.actor_unit_name).toBe('监督指挥中心');
  });
});
