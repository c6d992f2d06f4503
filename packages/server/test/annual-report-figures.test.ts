import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../src/annual-report/figures.js';
import { type TestApp, testApp } from './support/test-app.js';

// P-11: the annual report's figures are computed from the records. Here a year with no demo data (2021)
// gets cases and events inserted by the test, and every count is checked against what was inserted.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const YEAR = 2021;
const at = (d: string, time = '10:00') => new Date(`${d}T${time}:00+08:00`);

async function matters() {
  const version = await t.deps.db
    .selectFrom('catalog_versions')
    .select('id')
    .where('kind', '=', 'matters')
    .where('status', '=', 'filed')
    .orderBy('version_no', 'desc')
    .executeTakeFirstOrThrow();
  return t.deps.db
    .selectFrom('matter_items')
    .select(['code', 'category'])
    .where('version_id', '=', version.id)
    .orderBy('code')
    .execute();
}

async function insertCase(
  procedure: 'simple' | 'general' | 'seizure' | 'inspection',
  matterCode: string | null,
  events: { action: string; at: Date }[],
  decision: { fine: number; confiscation?: number } | null,
  payment: { paidOn: string; amount: number } | null = null,
) {
  const id = randomUUID();
  await t.deps.db
    .insertInto('cases')
    .values({
      id,
      source_no: `T${YEAR}-${id.slice(0, 8)}`,
      query_code: 'ABCDEFGH',
      procedure,
      stage: 'archived',
      unit_id: 'rg-dd-1',
      source: 'patrol',
      summary: 'test',
      place: 'test',
      occurred_on: `${YEAR}-01-01`,
      discovered_on: `${YEAR}-01-01`,
      matter_code: matterCode,
      decision: decision
        ? JSON.stringify({
            penalty: { kinds: ['罚款'], fine: decision.fine, confiscation: decision.confiscation ?? null },
          })
        : null,
      flags: JSON.stringify(payment ? { payment } : {}),
      created_by: 'u-zhifa',
    })
    .execute();
  for (const e of events)
    await t.deps.db
      .insertInto('case_events')
      .values({
        id: randomUUID(),
        case_id: id,
        action: e.action,
        at: e.at,
        actor_id: 'u-zhifa',
        actor_name: 't',
        payload: '{}',
      })
      .execute();
  return id;
}

describe('annual report figures (P-11)', () => {
  it('counts acts, fines, hearings, reviews and remedies from the records; unused powers are 0', async () => {
    const list = await matters();
    const penalty = list.filter((m) => m.category === '行政处罚');
    const coercion = list.find((m) => m.category === '行政强制');
    expect(penalty.length).toBeGreaterThan(2);
    const [m1, m2] = penalty;

    // Penalties: 3 in the year (one at 23:30 on 31 December China time counts; one at 00:30 on 1 January
    // of the next year does not; nor one in the year before).
    await insertCase(
      'simple',
      m1!.code,
      [{ action: 'deliver-decision', at: at(`${YEAR}-03-02`) }],
      { fine: 200 },
      { paidOn: `${YEAR}-03-02`, amount: 200 },
    );
    await insertCase(
      'general',
      m1!.code,
      [
        { action: 'request-hearing', at: at(`${YEAR}-05-01`) },
        { action: 'hold-hearing', at: at(`${YEAR}-05-20`) },
        { action: 'issue-decision', at: at(`${YEAR}-06-10`) },
      ],
      { fine: 6000, confiscation: 1500 },
      { paidOn: `${YEAR + 1}-01-05`, amount: 6000 },
    );
    await insertCase('general', m2!.code, [{ action: 'issue-decision', at: at(`${YEAR}-12-31`, '23:30') }], {
      fine: 1000,
    });
    await insertCase(
      'general',
      m2!.code,
      [{ action: 'issue-decision', at: at(`${YEAR + 1}-01-01`, '00:30') }],
      { fine: 9999 },
    );
    await insertCase(
      'general',
      m2!.code,
      [{ action: 'issue-decision', at: at(`${YEAR - 1}-12-31`, '23:30') }],
      { fine: 8888 },
    );
    await insertCase('general', m2!.code, [{ action: 'decide-no-penalty', at: at(`${YEAR}-07-01`) }], null);
    // Coercion: one seizure; inspections: two.
    await insertCase(
      'seizure',
      coercion?.code ?? null,
      [{ action: 'complete-seizure', at: at(`${YEAR}-08-08`) }],
      null,
    );
    await insertCase('inspection', null, [{ action: 'record-inspection', at: at(`${YEAR}-09-09`) }], null);
    await insertCase('inspection', null, [{ action: 'record-inspection', at: at(`${YEAR}-09-19`) }], null);
    // Legal reviews: two in the year.
    const reviewed = await insertCase('general', null, [], null);
    for (const outcome of ['approved', 'returned'] as const)
      await t.deps.db
        .insertInto('case_reviews')
        .values({
          id: randomUUID(),
          case_id: reviewed,
          level: 'brigade',
          outcome,
          draft_digest: 'x',
          opinion: 'o',
          reviewer_id: 'u-fazhike',
          reviewer_name: 'r',
          created_at: at(`${YEAR}-04-04`),
        })
        .execute();
    // Remedies: a reconsideration upheld, one changed; a suit filed but not decided in the year.
    const remedy = (
      kind: 'reconsideration' | 'suit',
      outcome: 'upheld' | 'changed' | 'pending',
      filed: string,
      decided: string | null,
    ) =>
      t.deps.db
        .insertInto('remedy_cases')
        .values({
          id: randomUUID(),
          kind,
          decision_no: 'x',
          applicant: 'a',
          organ: 'o',
          filed_on: filed,
          outcome,
          outcome_on: decided,
        })
        .execute();
    await remedy('reconsideration', 'upheld', `${YEAR}-02-01`, `${YEAR}-03-01`);
    await remedy('reconsideration', 'changed', `${YEAR}-05-01`, `${YEAR}-06-01`);
    await remedy('suit', 'pending', `${YEAR}-11-01`, null);

    const f = await computeFigures(t.deps.db, YEAR);
    const act = (k: string) => f.acts.find((a) => a.key === k)!;
    expect(act('penalty').count).toBe(3);
    expect(act('coercion').count).toBe(1);
    expect(act('inspection').count).toBe(2);
    // The demo catalogue holds no licensing or levy power: reported as not held, not as a silent 0.
    for (const k of ['licensing', 'levy', 'requisition']) {
      expect(act(k).count).toBe(0);
      expect(act(k).hasPower).toBe(
        list.some(
          (m) => m.category === { licensing: '行政许可', levy: '行政征收', requisition: '行政征用' }[k],
        ),
      );
    }
    expect(act('penalty').hasPower).toBe(true);
    expect(f.fines).toEqual({ decisions: 3, amount: 7200, confiscation: 1500, collected: 200 });
    expect(f.noPenaltyDecisions).toBe(1);
    expect(f.hearings).toEqual({ requested: 1, held: 1 });
    expect(f.reviews).toEqual({ total: 2, approved: 1, returned: 1, disagreed: 0 });
    expect(f.reconsiderations).toMatchObject({ filed: 2, decided: 2, upheld: 1, corrected: 1, pending: 0 });
    expect(f.suits).toMatchObject({ filed: 1, decided: 0, pending: 1 });
    expect(f.monthly.penalty[2]).toBe(1);
    expect(f.monthly.penalty[5]).toBe(1);
    expect(f.monthly.penalty[11]).toBe(1);
    expect(f.monthly.penalty.reduce((a, b) => a + b, 0)).toBe(3);

    // Per power: every penalty matter of the catalogue has a row; the used ones carry their counts, the
    // rest are 0 (not missing).
    const row = (code: string) => f.matters.find((m) => m.code === code && m.kind === 'penalty');
    expect(row(m1!.code)!.count).toBe(2);
    expect(row(m2!.code)!.count).toBe(1);
    const unused = penalty.slice(2);
    expect(unused.length).toBeGreaterThan(0);
    for (const m of unused) expect(row(m.code)).toEqual(expect.objectContaining({ count: 0 }));
    expect(f.matters.filter((m) => m.kind === 'penalty').length).toBe(penalty.length);
  });

  it('a year with no records reports every held power as 0', async () => {
    const f = await computeFigures(t.deps.db, 2019);
    for (const a of f.acts) expect(a.count).toBe(0);
    expect(f.matters.length).toBeGreaterThan(0);
    for (const m of f.matters) expect(m.count).toBe(0);
    expect(f.fines.amount).toBe(0);
  });
});
