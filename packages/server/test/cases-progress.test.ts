import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, daysAgo, forceStage, insertDeadline, V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// P-08: the party's progress query shows stage and deadlines, nothing else; a wrong number or code both 404.

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('party progress query (P-08)', () => {
  it('answers stage and running deadlines only, without signing in', async () => {
    const zhifa = await t.as('zhifa');
    const kase = await createCase(zhifa);
    await forceStage(t, kase.id, {
      stage: 'investigation',
      case_no: '皋城管立〔2026〕第0777号',
      filed_on: daysAgo(5),
    });
    await insertDeadline(t, kase.id, {
      kind: 'case-90',
      stage: 'decision',
      from: daysAgo(5),
      days: 90,
      unit: 'calendar',
    });
    const anon = t.client();
    const q = (caseNo: string, code: string) =>
      anon.get(`${V1}/public/progress?caseNo=${encodeURIComponent(caseNo)}&code=${encodeURIComponent(code)}`);
    const res = await q('皋城管立〔2026〕第0777号', kase.queryCode.toLowerCase());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['caseNo', 'deadlines', 'procedureName', 'stageName', 'status']);
    expect(body).toMatchObject({ caseNo: '皋城管立〔2026〕第0777号', stageName: '调查取证', status: 'open' });
    expect(body.deadlines).toEqual([{ name: '办案期限', due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(res.body).not.toMatch(/王某某|解放路|idNumber/);

    // The source number works before 立案 too.
    expect((await q(kase.sourceNo, kase.queryCode)).statusCode).toBe(200);
    const wrongCode = await q('皋城管立〔2026〕第0777号', 'AAAAAAAA');
    const wrongNo = await q('皋城管立〔2026〕第0778号', kase.queryCode);
    expect(wrongCode.statusCode).toBe(404);
    expect(wrongNo.statusCode).toBe(404);
    expect(wrongCode.json()).toEqual(wrongNo.json());
  });
});
