import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// The demo shows the whole-process records: sealed files of ended cases with one amended
// and one amendment waiting, a footage exemption waiting, and cross-unit requests in every state.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('demo whole-process records', () => {
  it('R-07: ended cases have sealed files; one was amended (two versions), one amendment is pending', async () => {
    const db = t.deps.db;
    const files = await db.selectFrom('case_files').selectAll().execute();
    expect(new Set(files.map((f) => f.case_id)).size).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.status === 'superseded')).toHaveLength(1);
    const amendments = await db.selectFrom('case_file_amendments').select('status').execute();
    expect(amendments.map((a) => a.status).sort()).toEqual(['approved', 'pending']);
    // The head sees the demo file and can check its digest against the bytes.
    const juzhang = await t.as('juzhang');
    const current = files.find((f) => f.status === 'sealed')!;
    const pdf = await juzhang.request(
      'GET',
      `${V1}/cases/${current.case_id}/case-file/versions/${current.version}/pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(current.pdf_sha256);
  });

  it('R-08: 长江镇’s requests to read 一中队 cases are pending, valid, expired and denied', async () => {
    const changjiang = await t.as('changjiang');
    const mine = (await changjiang.get(`${V1}/case-access/requests?box=mine`)).json();
    const states = mine.items.map((r: { status: string; valid: boolean; expired: boolean }) =>
      r.status === 'approved' ? (r.valid ? 'valid' : 'expired') : r.status,
    );
    expect(states.sort()).toEqual(['denied', 'expired', 'pending', 'valid']);
    const valid = mine.items.find((r: { valid: boolean }) => r.valid);
    expect((await changjiang.get(`${V1}/cases/${valid.caseId}`)).statusCode).toBe(200);
    const expired = mine.items.find((r: { expired: boolean }) => r.expired);
    expect((await changjiang.get(`${V1}/cases/${expired.caseId}`)).statusCode).toBe(404);
    const zhongdui = await t.as('zhongdui');
    const toDecide = (await zhongdui.get(`${V1}/case-access/requests?box=decide&status=pending`)).json();
    expect(toDecide.items.some((r: { canDecide: boolean }) => r.canDecide)).toBe(true);
  });

  it('R-05: a footage exemption waits for the squad leader when a seizure on site has no footage', async () => {
    const rows = await t.deps.db.selectFrom('recording_exemptions').select(['status', 'stage']).execute();
    const onSite = await t.deps.db
      .selectFrom('cases')
      .select('id')
      .where('procedure', '=', 'seizure')
      .where('stage', '=', 'on-site')
      .execute();
    expect(rows).toEqual(onSite.length > 0 ? [{ status: 'pending', stage: 'on-site' }] : []);
  });
});
