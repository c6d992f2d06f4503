import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../src/errors/codes.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await testApp();
  t.app.get('/test/boom', async () => {
    throw new Error('secret internal detail at /srv/sanxiang/db.ts:42');
  });
  admin = await t.as('sysadmin');
});
afterAll(async () => {
  await t.close();
});

const snapshot = async () => ({
  users: (await t.deps.db.selectFrom('users').select('id').execute()).length,
  roles: (await t.deps.db.selectFrom('user_roles').select('user_id').execute()).length,
  audit: (await t.deps.db.selectFrom('audit_events').select('seq').where('kind', '=', 'write').execute())
    .length,
});

describe('error responses', () => {
  it('every catalogued error has a Chinese and an English message and a 4xx/5xx status', () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      expect(e.messageEn.length).toBeGreaterThan(3);
      expect(e.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('validation errors name the field (400)', async () => {
    const res = await admin.post('/api/v1/users', {
      username: '9bad name',
      displayName: '',
      unitId: 'rg-dd-1',
      roles: ['nope'],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'displayName', 'roles.0']));
    expect(body.details[0].message).toBeTruthy();
    expect(body.details[0].messageEn).toBeTruthy();
  });

  it('malformed JSON is a 400 with a stable code', async () => {
    const res = await admin.request('POST', '/api/v1/users', undefined, {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(400);
    expect(['BAD_REQUEST', 'VALIDATION_FAILED']).toContain(res.json().code);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "zhifa", ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('BAD_REQUEST');
  });

  it('unknown routes and records are 404 NOT_FOUND', async () => {
    expect((await admin.get('/api/v1/no-such-thing')).json()).toMatchObject({
      code: 'NOT_FOUND',
      message: '未找到该记录',
    });
    expect((await admin.get('/api/v1/people/p999')).statusCode).toBe(404);
  });

  it('a 500 says nothing about the inside', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/test/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'INTERNAL',
      message: ERRORS.INTERNAL.message,
      messageEn: ERRORS.INTERNAL.messageEn,
    });
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('.ts');
  });

  it('409 for a taken username, and the rejected request changes nothing', async () => {
    const before = await snapshot();
    const res = await admin.post('/api/v1/users', {
      username: 'zhifa',
      displayName: '重名',
      unitId: 'rg-dd-1',
      roles: ['officer'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('USERNAME_TAKEN');
    expect(await snapshot()).toEqual(before);
  });

  it('422 for a rule broken by well-formed input, and nothing changes', async () => {
    const before = await snapshot();
    const res = await admin.post('/api/v1/users', {
      username: 'double.admin',
      displayName: '双重管理员',
      unitId: 'rg-bgs',
      roles: ['sysadmin', 'auditadmin'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ADMIN_ROLES_EXCLUSIVE');
    expect(await snapshot()).toEqual(before);
  });
});
