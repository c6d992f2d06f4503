import { TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/bureau.js';
import { type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const auditCount = async (operation: string) =>
  Number(
    (
      await t.deps.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('operation', '=', operation)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('sign-in (等保 2.0 level 3)', () => {
  it('sets an httpOnly SameSite=Strict session cookie and returns the CSRF token', async () => {
    const c = t.client();
    const res = await c.login('zhifa');
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((k) => k.name === 'sx_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Strict');
    expect(res.json().user).toMatchObject({
      username: 'zhifa',
      roles: ['officer'],
      unit: { name: '一中队' },
    });
    expect(res.json().csrfToken).toBe(c.csrf);
    expect(await auditCount('auth.login')).toBe(1);
    // The stored session id is a digest, never the token itself.
    const stored = await t.deps.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(session.value);
  });

  it('rejects a wrong password with a stable code and counts down the attempts', async () => {
    const res = await t.client().login('zhifa', 'Wrong-password-1');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_INVALID_CREDENTIALS', details: { remainingAttempts: 4 } });
    expect(res.json().message).toBe('用户名或密码错误');
    expect(res.json().messageEn).toBe('Wrong username or password');
    expect(await auditCount('auth.login-failed')).toBe(1);
  });

  it('locks the account for 15 minutes after 5 failed sign-ins, even for the right password', async () => {
    const c = t.client();
    for (let i = 0; i < 4; i++) expect((await c.login('zhifa', `Wrong-${i}-password`)).statusCode).toBe(401);
    const fifth = await c.login('zhifa', 'Wrong-5-password');
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().code).toBe('AUTH_LOCKED');
    const lockedUntil = new Date(fifth.json().details.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const right = await c.login('zhifa', DEMO_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe('AUTH_LOCKED');
    expect(await auditCount('auth.locked')).toBe(1);
    // Once the lock has passed, the right password works again.
    await t.deps.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('username', '=', 'zhifa')
      .execute();
    expect((await c.login('zhifa', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('does not reveal whether a username exists', async () => {
    const res = await t.client().login('nobody-here', 'Whatever-123');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('refuses a disabled account', async () => {
    await t.deps.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('username', '=', 'zhifa')
      .execute();
    const res = await t.client().login('zhifa');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH_ACCOUNT_DISABLED');
  });
});

describe('sessions', () => {
  it('times out after 30 idle minutes', async () => {
    const c = await t.as('zhifa');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .execute();
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_SESSION_EXPIRED');
    expect(await t.deps.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
  });

  it('stays alive at 29 idle minutes', async () => {
    const c = await t.as('zhifa');
    await t.deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 29 * 60_000) })
      .execute();
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('ends on sign-out', async () => {
    const c = await t.as('zhifa');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/me')).json().code).toBe('AUTH_REQUIRED');
  });
});

describe('CSRF protection on every state-changing request', () => {
  it('refuses a signed-in write without the token and changes nothing', async () => {
    const c = await t.as('sysadmin');
    const before = await t.deps.db.selectFrom('users').select('id').execute();
    const res = await c.request(
      'POST',
      '/api/v1/users',
      { username: 'csrf.victim', displayName: 'x', unitId: 'rg-dd-1', roles: [] },
      { 'x-csrf-token': 'forged' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    expect(await t.deps.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses a sign-in posted as a form from another site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      payload: `username=zhifa&password=${encodeURIComponent(DEMO_PASSWORD)}`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });
});

describe('forced change of an initial password', () => {
  it('allows nothing but the password change until it is done', async () => {
    const c = await t.as('xinyuan');
    expect((await c.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await c.get('/api/v1/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');

    const weak = await c.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.json().details.map((d: { rule: string }) => d.rule)).toEqual(
      expect.arrayContaining(['length', 'classes']),
    );

    const reused = await c.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: DEMO_PASSWORD,
    });
    expect(reused.json().code).toBe('PASSWORD_REUSED');

    const ok = await c.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Haiyang-Road-88',
    });
    expect(ok.statusCode).toBe(204);
    expect((await c.get('/api/v1/people')).statusCode).toBe(200);
    const fresh = t.client();
    expect((await fresh.login('xinyuan', 'Haiyang-Road-88')).statusCode).toBe(200);
  });
});

describe('TOTP second factor', () => {
  it('enrols, then requires the code at sign-in', async () => {
    const c = await t.as('zhifa');
    const setup = await c.post('/api/v1/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrDataUrl } = setup.json();
    expect(otpauthUri).toContain('otpauth://totp/');
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const totp = new TOTP({ secret, digits: 6, period: 30 });
    expect(
      (
        await c.post('/api/v1/auth/totp/enable', { code: '000000' === totp.generate() ? '111111' : '000000' })
      ).json().code,
    ).toBe('TOTP_CODE_INVALID');
    expect((await c.post('/api/v1/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(204);

    const next = t.client();
    const noCode = await next.login('zhifa');
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('AUTH_TOTP_REQUIRED');
    expect(
      (await next.login('zhifa', DEMO_PASSWORD, '000000' === totp.generate() ? '111111' : '000000')).json()
        .code,
    ).toBe('AUTH_TOTP_INVALID');
    expect((await next.login('zhifa', DEMO_PASSWORD, totp.generate())).statusCode).toBe(200);
  });

  it('can be required per role by the security administrator', async () => {
    const sec = await t.as('secadmin');
    const res = await sec.put('/api/v1/security/totp-policy', {
      role: 'officer',
      required: true,
      reason: '外勤终端统一启用双因素',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((r: { code: string }) => r.code === 'officer').totpRequired).toBe(true);
    const officer = await t.as('zhifa');
    const blocked = await officer.get('/api/v1/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('AUTH_TOTP_ENROLMENT_REQUIRED');
    expect((await officer.get('/api/v1/auth/me')).json().user.totpRequired).toBe(true);
    expect((await officer.post('/api/v1/auth/totp/disable', { password: DEMO_PASSWORD })).statusCode).toBe(
      403,
    );
  });

  it('is required for administrators outside demo mode', async () => {
    const prod = await testApp({ demo: false });
    try {
      const admin = await prod.as('sysadmin');
      const res = await admin.get('/api/v1/users');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AUTH_TOTP_ENROLMENT_REQUIRED');
      // A non-administrator is not held back.
      expect((await (await prod.as('zhifa')).get('/api/v1/people')).statusCode).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
