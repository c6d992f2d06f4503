import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const page = async (url: string, cookie?: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: res.statusCode, html: res.body, res };
};

describe('portal (server-rendered, no JavaScript needed)', () => {
  it("the bureau's page states body, duties, address, contacts and remedies", async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toContain('<script');
    for (const text of [
      '如皋市城市管理局',
      '执法主体',
      '主要职责',
      '办公地址',
      '联系电话',
      '救济渠道',
      '行政复议',
      '行政诉讼',
      '60日内',
      '6个月内',
      '12319',
      '长江镇城管办',
    ]) {
      expect(html, text).toContain(text);
    }
    // The external judicial bureau is not one of the bureau's enforcement units.
    expect(html).not.toContain('如皋市司法局</td>');
  });

  it('the deadline calculator answers a plain GET form', async () => {
    const { html } = await page('/deadline?from=2025-09-30&days=7&unit=working');
    expect(html).toContain('2025-10-16');
    expect(html).toContain('国庆节');
    expect(html).toMatch(/<form[^>]*method="get"/);
    const bad = await page('/deadline?from=nonsense&days=7');
    expect(bad.status).toBe(200);
    expect(bad.html).toContain('role="alert"');
  });

  it('large-font and high-contrast modes are chosen by link and remembered by cookie (适老化)', async () => {
    const choose = await page('/display?mode=large&back=/deadline');
    expect(choose.res.statusCode).toBe(303);
    expect(choose.res.headers.location).toBe('/deadline');
    const cookie = choose.res.cookies.find((c) => c.name === 'sx_display')!;
    expect(cookie.value).toBe('large');
    expect((await page('/', 'sx_display=large')).html).toContain('<body class="large">');
    expect((await page('/', 'sx_display=contrast')).html).toContain('<body class="contrast">');
    // An open redirect is not on offer.
    expect((await page('/display?mode=large&back=//evil.example')).res.headers.location).toBe('/');
  });

  it('escapes what it prints', async () => {
    const { html } = await page('/deadline?from=%3Cscript%3E&days=1');
    expect(html).not.toContain('<script>');
  });
});

describe('service endpoints', () => {
  it('GET /healthz names the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.database.kind });
  });

  it('GET /api/openapi.json describes the API generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/people', '/api/v1/calendar/deadline']),
    );
    expect(
      doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['username', 'password']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});
