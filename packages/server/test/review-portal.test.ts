import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// L-01, L-03, L-04 on the portal: the review rules, the catalogue in force (a new version shows at once)
// and the flowchart drawn from core's legal-review procedure. Server-rendered, no script needed.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('portal: legal review', () => {
  it('publishes the rules with the seven items, the time limit and the flowchart', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/review' });
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).toContain('重大执法决定法制审核制度');
    for (const s of ['执法主体是否合法', '违法行为是否涉嫌犯罪', '调查终结报告', '处理建议', '证据材料目录'])
      expect(body, s).toContain(s);
    expect(body).toMatch(/审核时限为自送审之日起 <strong>7<\/strong> 个工作日/);
    // The flowchart is core's legal-review procedure: its stage names are in the SVG.
    expect(body).toMatch(/<svg[^>]*>/);
    for (const stage of ['大队法制科审核', '局法规科审核', '集体讨论']) expect(body, stage).toContain(stage);
    expect(body).not.toContain('<script');
  });

  it('shows the catalogue in force and its versions; a published version replaces the default at once', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/review/catalogue' });
    expect(res.body).toContain('现行目录（第1版）');
    expect(res.body).toContain('50,000 元以上');
    const fagui = await t.as('fagui');
    const c0 = (await fagui.get(`${V1}/review-catalogue`)).json();
    const pub = await fagui.post(`${V1}/review-catalogue`, {
      catalogue: { ...c0.catalogue, fineThreshold: { person: 10_000, organisation: 100_000 } },
      timeLimits: { days: 10, complexExtraDays: 3 },
      note: '第2版：罚款数额标准调整',
    });
    expect(pub.statusCode, pub.body).toBe(201);
    res = await t.app.inject({ method: 'GET', url: '/review/catalogue' });
    expect(res.body).toContain('现行目录（第2版）');
    expect(res.body).toContain('100,000 元以上');
    expect(res.body).toContain('第2版：罚款数额标准调整');
    expect(res.body).toMatch(/\d{4}年版/);
    const rules = await t.app.inject({ method: 'GET', url: '/review' });
    expect(rules.body).toMatch(/<strong>10<\/strong> 个工作日/);
  });
});
