import { validateCitizenId, validateCreditCode } from '@sanxiang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../src/calendar/load-calendar.js';
import { dueOf } from '../src/cases/store-due-dates.js';
import { V1 } from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// The demo bureau's cases (demo/seed-cases.ts): about sixty, at every stage of every procedure, with clocks
// running, nearly due and overdue relative to today, and parties whose identifiers pass their checks.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('demo cases', () => {
  it('store the due date of every running clock as the calendar computes it (the list filters read it)', async () => {
    const rows = await t.deps.db
      .selectFrom('case_deadlines')
      .selectAll()
      .where('status', '=', 'running')
      .execute();
    expect(rows.length).toBeGreaterThan(20);
    const calendar = await loadCalendar(t.deps.db);
    const wrong = rows
      .filter((r) => r.due_on !== dueOf(r, calendar))
      .map((r) => [r.id, r.due_on, dueOf(r, calendar)]);
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.due_on !== null).length).toBeGreaterThan(20);
  });

  it('spread over procedures, stages and units, numbered in date order', async () => {
    const rows = await t.deps.db.selectFrom('cases').selectAll().orderBy('source_no').execute();
    if (process.env.SHOW_DEMO)
      for (const r of rows)
        console.log(
          r.source_no,
          r.case_no,
          r.procedure,
          r.stage,
          r.status,
          r.discovered_on,
          r.filed_on,
          r.unit_id,
        );
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(new Set(rows.map((r) => r.procedure))).toEqual(
      new Set(['general', 'simple', 'seizure', 'demolition', 'inspection']),
    );
    expect(new Set(rows.map((r) => r.unit_id)).size).toBeGreaterThanOrEqual(6);
    const stages = new Set(rows.map((r) => `${r.procedure}:${r.stage}`));
    for (const s of [
      'general:case-source',
      'general:investigation',
      'general:legal-review',
      'general:statement',
      'general:hearing',
      'general:service',
      'general:performance',
      'general:archived',
      'simple:recorded',
      'seizure:extended',
      'demolition:announcement',
    ])
      expect(stages, s).toContain(s);
    // 立案号 follow the filing dates.
    const filed = rows.filter((r) => r.case_no).sort((a, b) => (a.filed_on! < b.filed_on! ? -1 : 1));
    const serial = (no: string) => Number(/第(\d+)号/.exec(no)![1]);
    for (let i = 1; i < filed.length; i++)
      if (filed[i]!.filed_on!.slice(0, 4) === filed[i - 1]!.filed_on!.slice(0, 4))
        expect(serial(filed[i]!.case_no!)).toBeGreaterThan(serial(filed[i - 1]!.case_no!));
  });

  it('parties carry valid identifiers; one is a minor', async () => {
    const parties = await t.deps.db.selectFrom('case_parties').selectAll().execute();
    for (const p of parties) {
      if (p.id_number) expect(validateCitizenId(p.id_number).ok, p.id_number).toBe(true);
      if (p.credit_code) expect(validateCreditCode(p.credit_code).ok, p.credit_code).toBe(true);
    }
    expect(parties.filter((p) => p.minor)).toHaveLength(1);
  });

  it('the list shows overdue and due-soon cases to the bureau head', async () => {
    const juzhang = await t.as('juzhang');
    const overdue = (await juzhang.get(`${V1}/cases?due=overdue&pageSize=100`)).json();
    const soon = (await juzhang.get(`${V1}/cases?due=soon&pageSize=100`)).json();
    expect(overdue.total).toBeGreaterThanOrEqual(3);
    expect(soon.total).toBeGreaterThanOrEqual(2);
    const all = (await juzhang.get(`${V1}/cases?pageSize=200`)).json();
    expect(all.total).toBeGreaterThanOrEqual(55);
  });

  it('a case with a decision shows its surcharge; a seizure its one extension', async () => {
    const juzhang = await t.as('juzhang');
    const list = (await juzhang.get(`${V1}/cases?stage=performance&pageSize=100`)).json();
    const cases = await Promise.all(
      list.items.map(async (i: { id: string }) => (await juzhang.get(`${V1}/cases/${i.id}`)).json()),
    );
    expect(cases.some((c) => c.surcharge && c.surcharge.amount > 0)).toBe(true);
    const extended = (await juzhang.get(`${V1}/cases?stage=extended`)).json().items[0];
    const res = await juzhang.get(`${V1}/cases/${extended.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const k = res.json();
    expect(k.deadlines.find((d: { kind: string }) => d.kind === 'seizure-30')).toMatchObject({
      status: 'running',
      extensions: [{ days: 30 }],
    });
  });

  it('every demo case reads back whole for the head (no stage or fact the presenter cannot show)', async () => {
    const juzhang = await t.as('juzhang');
    const rows = await t.deps.db.selectFrom('cases').select('id').execute();
    for (const r of rows) {
      const res = await juzhang.get(`${V1}/cases/${r.id}`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    }
  });
});
