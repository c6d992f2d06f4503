import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// The demo bureau's publicity desk (issue 7, demo): published decisions redacted, drafts waiting with one
// overdue, one withdrawal done with its reason and one pending, an open correction, inspection results.

let t: TestApp;
let gongshi: Client;
beforeAll(async () => {
  t = await testApp();
  gongshi = await t.as('gongshi');
});
afterAll(async () => t.close());

describe('demo publicity', () => {
  it('P-09 the demo has published decisions and inspection results, drafts waiting and one overdue', async () => {
    const rows = await t.deps.db.selectFrom('publications').select(['kind', 'status']).execute();
    const count = (kind: string, status: string) =>
      rows.filter((r) => r.kind === kind && r.status === status).length;
    expect(count('penalty-decision', 'published')).toBeGreaterThanOrEqual(3);
    expect(
      count('inspection-result', 'published') + count('inspection-result', 'draft'),
    ).toBeGreaterThanOrEqual(1);
    const summary = (await gongshi.get(`${V1}/publications/summary`)).json();
    expect(summary.drafts).toBeGreaterThanOrEqual(1);
    expect(summary.overdueDrafts).toBeGreaterThanOrEqual(1);
    expect(summary.pendingWithdrawals).toBe(1);
    expect(summary.openCorrections).toBe(1);
  });

  it('P-09 the withdrawn decision shows its reason on the portal; the published ones carry no ID number', async () => {
    const withdrawn = await t.deps.db
      .selectFrom('publications')
      .selectAll()
      .where('status', '=', 'withdrawn')
      .executeTakeFirstOrThrow();
    const page = await t.app.inject({ method: 'GET', url: `/publications/${withdrawn.public_id}` });
    expect(page.body).toContain('该信息已撤回');
    expect(page.body).toContain('行政复议');
    const bodies = await t.deps.db.selectFrom('publication_versions').select('body').execute();
    for (const b of bodies) expect(b.body).not.toMatch(/\d{17}[\dX]/);
    const list = await t.app.inject({ method: 'GET', url: '/publications' });
    expect(list.body).toContain('撤回公告');
  });
});
