import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, creditCode, daysAgo, idNumber, intake, officersOf, V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('intake', () => {
  it('registers a case at the first stage with a source number, query code, parties and officers', async () => {
    const zhifa = await t.as('zhifa');
    const { valid } = await officersOf(t, 'rg-dd-1');
    const kase = await createCase(zhifa, {
      officers: [
        { personId: valid[0], role: 'lead' },
        { personId: valid[1], role: 'assist' },
      ],
    });
    expect(kase).toMatchObject({
      procedure: 'general',
      stage: 'case-source',
      status: 'open',
      caseNo: null,
      version: 1,
    });
    expect(kase.sourceNo).toMatch(/^AY\d{4}-\d{6}$/);
    expect(kase.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(kase.parties[0]).toMatchObject({ kind: 'person', minor: false, birthDate: '1985-04-12' });
    expect(kase.officers.every((o: { certified: boolean }) => o.certified)).toBe(true);
    expect(kase.matter).toMatchObject({ code: 'CG-CF-005' });
    expect(kase.timeline.map((e: { action: string }) => e.action)).toEqual(['intake']);
    expect(kase.actions.map((a: { action: string }) => a.action)).toEqual(['propose-filing']);
    console.log(JSON.stringify(kase.actions, null, 1));
  });
});
