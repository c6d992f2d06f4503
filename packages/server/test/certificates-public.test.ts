import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/clock.js';
import { certificateStatus } from '../src/people/certificate-status.js';
import { type TestApp, testApp } from './support/test-app.js';

// P-07: anyone can verify a 执法证 by number or by the QR code on it; expired and revoked ones are shown as
// such; nothing else about the person leaves the lookup. Expectations come from the rows in the database.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const today = todayInChina();

async function certWhere(kind: 'valid' | 'expired' | 'revoked') {
  const rows = await t.deps.db
    .selectFrom('enforcement_certificates as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'c.number',
      'c.public_token',
      'c.valid_to',
      'c.revoked_at',
      'c.scope',
      'p.name',
      'p.phone',
      'p.position',
      'p.employee_no',
      'p.unit_id',
      'u.name as unit_name',
    ])
    .orderBy('c.number')
    .execute();
  const found = rows.find((r) => {
    const s = certificateStatus(r, today);
    return kind === 'valid' ? s === 'valid' : s === kind;
  });
  if (!found) throw new Error(`no ${kind} certificate in the demo data`);
  return found;
}

describe('public certificate lookup (P-07)', () => {
  it('the demo register holds a valid, an expired and a revoked certificate', async () => {
    for (const k of ['valid', 'expired', 'revoked'] as const) await certWhere(k);
  });

  for (const kind of ['valid', 'expired', 'revoked'] as const) {
    it(`by number: a ${kind} certificate shows name, unit, scope, validity and its status — nothing else`, async () => {
      const c = await certWhere(kind);
      const api = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/certificates?number=${c.number}`,
      });
      expect(api.statusCode).toBe(200);
      const body = api.json();
      expect(body).toMatchObject({
        number: c.number,
        name: c.name,
        unit: c.unit_name,
        scope: c.scope,
        validTo: c.valid_to,
        status: kind,
      });
      expect(Object.keys(body).sort()).toEqual([
        'issuer',
        'name',
        'number',
        'revokedOn',
        'scope',
        'status',
        'unit',
        'validFrom',
        'validTo',
      ]);
      expect(body.revokedOn !== null).toBe(kind === 'revoked');

      const page = await t.app.inject({
        method: 'GET',
        url: `/certificates?number=${encodeURIComponent(c.number)}`,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toMatch(/<script/i);
      expect(page.body).toContain(c.name);
      expect(page.body).toContain(c.unit_name);
      expect(page.body).toContain(`${c.valid_to}`);
      expect(page.body).toContain({ valid: '有效', expired: '已过期', revoked: '已注销' }[kind]);
      expect(page.body).toContain(`badge-${kind}`);
      for (const secret of [c.phone, c.employee_no, c.public_token]) expect(page.body).not.toContain(secret);
    });
  }

  it('by QR token: the portal page of the token shows the same certificate; a wrong token is a neutral 404', async () => {
    const c = await certWhere('valid');
    expect(c.public_token).toMatch(/^[0-9a-f]{32}$/);
    const page = await t.app.inject({ method: 'GET', url: `/certificates/v/${c.public_token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(c.number);
    expect(page.body).toContain(c.name);
    const flipped = c.public_token.slice(0, -1) + (c.public_token.endsWith('0') ? '1' : '0');
    const wrong = await t.app.inject({ method: 'GET', url: `/certificates/v/${flipped}` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('未查询到该执法证');
    expect(wrong.body).not.toContain(c.name);
    const api = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates?token=${flipped}` });
    expect(api.statusCode).toBe(404);
  });

  it('an unknown number answers the same neutral message; markup in the query is shown as text', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: `/certificates?number=${encodeURIComponent('<b>x</b>')}`,
    });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('未查询到该执法证');
    expect(page.body).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(page.body).not.toContain('<b>x</b>');
  });

  it('every certificate has its own unguessable token', async () => {
    const rows = await t.deps.db.selectFrom('enforcement_certificates').select('public_token').execute();
    expect(new Set(rows.map((r) => r.public_token)).size).toBe(rows.length);
    for (const r of rows) expect(r.public_token).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('certificate QR code and revocation in the console (P-07)', () => {
  it('staff get the QR of a certificate in their scope, encoding the portal URL with its token; others get 404', async () => {
    const zhifa = await t.as('zhifa');
    const own = await t.deps.db
      .selectFrom('enforcement_certificates as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['c.number', 'c.public_token'])
      .where('p.unit_id', '=', 'rg-dd-1')
      .executeTakeFirstOrThrow();
    const res = await zhifa.get(`/api/v1/certificates/${own.number}/qr`);
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(new RegExp(`/certificates/v/${own.public_token}$`));
    expect(res.json().svg).toMatch(/^<svg/);
    const other = await t.deps.db
      .selectFrom('enforcement_certificates as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select('c.number')
      .where('p.unit_id', '=', 'rg-dd-2')
      .executeTakeFirstOrThrow();
    expect((await zhifa.get(`/api/v1/certificates/${other.number}/qr`)).statusCode).toBe(404);
  });

  it('the regulation section revokes with a reason: audited, then shown as revoked; a second revocation is refused', async () => {
    const c = await certWhere('valid');
    const fagui = await t.as('fagui');
    const empty = await fagui.post(`/api/v1/certificates/${c.number}/revoke`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    const still = await t.deps.db
      .selectFrom('enforcement_certificates')
      .select('revoked_at')
      .where('number', '=', c.number)
      .executeTakeFirstOrThrow();
    expect(still.revoked_at).toBeNull();

    const officer = await t.as('zhifa');
    expect(
      (await officer.post(`/api/v1/certificates/${c.number}/revoke`, { reason: '调离执法岗位' })).statusCode,
    ).toBe(403);

    const res = await fagui.post(`/api/v1/certificates/${c.number}/revoke`, { reason: '调离执法岗位' });
    expect(res.statusCode).toBe(200);
    const row = await t.deps.db
      .selectFrom('enforcement_certificates')
      .select(['revoked_at', 'revoked_reason'])
      .where('number', '=', c.number)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_reason).toBe('调离执法岗位');
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['operation', 'reason', 'actor_username'])
      .where('target_id', '=', c.number)
      .where('operation', '=', 'certificate.revoked')
      .execute();
    expect(audit).toEqual([
      { operation: 'certificate.revoked', reason: '调离执法岗位', actor_username: 'fagui' },
    ]);

    const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates?number=${c.number}` });
    expect(pub.json().status).toBe('revoked');
    expect(pub.json()).not.toHaveProperty('reason');
    const page = await t.app.inject({ method: 'GET', url: `/certificates?number=${c.number}` });
    expect(page.body).toContain('已注销');
    expect(page.body).not.toContain('调离执法岗位');

    const again = await fagui.post(`/api/v1/certificates/${c.number}/revoke`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CERTIFICATE_ALREADY_REVOKED');
  });
});
