import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const lastEvent = (operation: string) =>
  t.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('operation', '=', operation)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

describe('accounts', () => {
  it('the system administrator creates an account; its holder must change the initial password', async () => {
    const admin = await t.as('sysadmin');
    const res = await admin.post('/api/v1/users', {
      username: 'wang.jun',
      displayName: '王军',
      unitId: 'rg-dd-3',
      roles: ['officer'],
    });
    expect(res.statusCode).toBe(201);
    const { user, initialPassword } = res.json();
    expect(user).toMatchObject({
      username: 'wang.jun',
      mustChangePassword: true,
      roles: ['officer'],
      unit: { id: 'rg-dd-3' },
    });
    const event = await lastEvent('user.created');
    expect(event.actor_username).toBe('sysadmin');
    expect(event.changes).toMatchObject({
      username: { before: null, after: 'wang.jun' },
      roles: { after: ['officer'] },
    });
    expect(JSON.stringify(event.changes)).not.toContain(initialPassword);

    const newcomer = t.client();
    expect((await newcomer.login('wang.jun', initialPassword)).statusCode).toBe(200);
    expect((await newcomer.get('/api/v1/people')).json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
  });

  it('L-02 reviewer roles need a recorded legal-profession qualification', async () => {
    const sec = await t.as('secadmin');
    const unqualified = await sec.put('/api/v1/users/u-zhifa/roles', {
      roles: ['officer', 'brigade_reviewer'],
      reason: '调整岗位',
    });
    expect(unqualified.statusCode).toBe(422);
    expect(unqualified.json().code).toBe('ROLE_NEEDS_QUALIFICATION');
    // fazhike holds a qualification: adding the bureau-level reviewer role is fine.
    const ok = await sec.put('/api/v1/users/u-fazhike/roles', {
      roles: ['brigade_reviewer', 'bureau_reviewer'],
      reason: '兼任局法规科审核',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.roles).toEqual(['brigade_reviewer', 'bureau_reviewer']);
    const event = await lastEvent('user.roles-changed');
    expect(event.changes).toEqual({
      roles: { before: ['brigade_reviewer'], after: ['brigade_reviewer', 'bureau_reviewer'] },
    });
    expect(event.reason).toBe('兼任局法规科审核');
  });

  it('the last holder of an administrator role cannot be removed', async () => {
    const sec = await t.as('secadmin');
    const res = await sec.put('/api/v1/users/u-auditadmin/roles', { roles: [], reason: '测试' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('LAST_ADMIN');
  });

  it('the security administrator unlocks a locked account and resets a password', async () => {
    const victim = t.client();
    for (let i = 0; i < 5; i++) await victim.login('zhongdui', `Wrong-${i}-password`);
    const sec = await t.as('secadmin');
    const locked = (await sec.get('/api/v1/users?status=locked')).json();
    expect(locked.items.map((u: { username: string }) => u.username)).toEqual(['zhongdui']);
    const unlocked = await sec.post('/api/v1/users/u-zhongdui/unlock', { reason: '本人电话确认' });
    expect(unlocked.json().user.lockedUntil).toBeNull();
    const reset = await sec.post('/api/v1/users/u-zhongdui/reset-password', { reason: '本人遗忘口令' });
    const { initialPassword } = reset.json();
    expect(initialPassword).toHaveLength(12);
    const login = await t.client().login('zhongdui', initialPassword);
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
  });

  it('disabling an account ends its sessions at once', async () => {
    const officer = await t.as('zhifa');
    const admin = await t.as('sysadmin');
    const res = await admin.post('/api/v1/users/u-zhifa/disable', { reason: '调离执法岗位' });
    expect(res.json().user.status).toBe('disabled');
    expect((await officer.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await admin.post('/api/v1/users/u-sysadmin/disable', { reason: '自己' })).json().code).toBe(
      'CANNOT_CHANGE_OWN_ACCOUNT',
    );
  });

  it('a reason is required for administrative changes', async () => {
    const sec = await t.as('secadmin');
    const res = await sec.post('/api/v1/users/u-zhifa/unlock', { reason: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('reason');
  });
});

describe('audit console API', () => {
  it('the audit administrator searches by operation and actor, and the search itself is logged', async () => {
    await t.client().login('zhifa', 'Wrong-password-9');
    const audit = await t.as('auditadmin');
    const res = await audit.get('/api/v1/audit/events?operation=auth.login-failed&actor=zhifa');
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      operation: 'auth.login-failed',
      operationName: '登录失败',
      outcome: 'failure',
      kind: 'auth',
      actor: { username: 'zhifa' },
    });
    expect(items[0].ip).toBeTruthy();
    expect(items[0].userAgent).toBe('vitest');
    expect((await lastEvent('audit.searched')).actor_username).toBe('auditadmin');
    const verify = await audit.get('/api/v1/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, firstBadSeq: null });
  });
});
