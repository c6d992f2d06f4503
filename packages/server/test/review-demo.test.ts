import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// The demo bureau's legal review (seed-reviews.ts): reviewers at both levels with their qualifications,
// reviews waiting (one overdue, seen by the supervision centre), a returned round resubmitted, passed
// reviews at both levels, and figures to read.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('demo legal review', () => {
  it('has two qualified reviewers per level, rounds at every status, an overdue one, and figures', async () => {
    const quals = await t.deps.db
      .selectFrom('reviewer_qualifications as q')
      .innerJoin('users as u', 'u.id', 'q.user_id')
      .select(['u.username', 'q.level', 'q.certificate_no'])
      .execute();
    const by = (name: string) => quals.find((q) => q.username === name);
    expect(by('fazhike')?.level).toBe('brigade');
    expect(by('fazhike2')?.level).toBe('brigade');
    expect(by('fagui')?.level).toBe('bureau');
    expect(by('fagui2')?.level).toBe('bureau');
    const rows = await t.deps.db
      .selectFrom('review_requests')
      .select(['case_id', 'round', 'level', 'status'])
      .execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['pending', 'agreed', 'returned']) expect(statuses.has(s as never), s).toBe(true);
    // A case returned and resubmitted (round 2), and cases passed at both levels.
    expect(rows.some((r) => r.round === 2)).toBe(true);
    const bureauAgreed = rows.filter((r) => r.level === 'bureau' && r.status === 'agreed');
    expect(bureauAgreed.length).toBeGreaterThan(0);

    const jiandu = await t.as('jiandu');
    const overdue = (await jiandu.get(`${V1}/reviews/inbox?overdue=true`)).json();
    expect(overdue.total).toBeGreaterThan(0);
    const fazhike = await t.as('fazhike');
    const inbox = (await fazhike.get(`${V1}/reviews/inbox?view=all`)).json();
    expect(inbox.items[0].overdue).toBe(true);
    const year = new Date().getUTCFullYear();
    const f = (await jiandu.get(`${V1}/reviews/figures?from=${year - 1}-01-01&to=${year}-12-31`)).json();
    expect(f.total.reviews).toBeGreaterThan(10);
    expect(f.byReviewer.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(f.total.returnsByReason).length).toBeGreaterThan(0);
  });
});
