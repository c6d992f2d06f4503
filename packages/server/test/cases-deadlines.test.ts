import { computeDeadline } from '@sanxiang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCalendar } from '../src/calendar/load-calendar.js';
import { createCase, daysAgo, insertDeadline, reload, today, V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Issue item 3: every running clock is a deadline object whose due date is computed when read, with its
// explanation; suspension (中止) and approved extension (延期) move it and say why; a calendar correction
// moves every running deadline.

let t: TestApp;
let zhifa: Client;
let zhongdui: Client;
beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
});
afterEach(async () => {
  await t.close();
});

interface DeadlineJson {
  id: string;
  due: string;
  explanation: string;
  suspended: boolean;
  overdue: boolean;
  suspensions: { from: string; to?: string; reason: string; approvedBy: string }[];
  extensions: { days: number; reason: string }[];
}

const deadline = (k: { deadlines: DeadlineJson[] }, id: string) => k.deadlines.find((d) => d.id === id)!;

describe('deadlines computed on read', () => {
  it('a calendar correction by the administrator moves a running deadline', async () => {
    const kase = await createCase(zhifa);
    const id = await insertDeadline(t, kase.id, {
      kind: 'hearing-request-5',
      stage: 'statement',
      from: '2026-06-01',
      days: 5,
      unit: 'working',
      limitKind: 'wait',
    });
    const expected = computeDeadline(await loadCalendar(t.deps.db), {
      from: '2026-06-01',
      days: 5,
      unit: 'working',
      rule: '测试',
    });
    let d = deadline(await reload(zhifa, kase.id), id);
    expect(d.due).toBe(expected.due);
    expect(d.explanation).toBe(expected.explanation);
    const sysadmin = await t.as('sysadmin');
    const fix = await sysadmin.put(`${V1}/calendar/days/2026-06-03`, {
      kind: 'holiday',
      name: '测试更正',
      reason: '按更正后的放假通知调整',
    });
    expect(fix.statusCode, fix.body).toBe(200);
    d = deadline(await reload(zhifa, kase.id), id);
    const moved = computeDeadline(await loadCalendar(t.deps.db), {
      from: '2026-06-01',
      days: 5,
      unit: 'working',
    });
    expect(moved.due > expected.due).toBe(true);
    expect(d.due).toBe(moved.due);
    expect(d.explanation).toMatch(/测试更正/);
  });

  it('the list filters overdue/due soon by the same due dates, and follow a calendar correction and a suspension', async () => {
    const kase = await createCase(zhifa, { summary: '期限筛选测试案件' });
    const cal = await loadCalendar(t.deps.db);
    // D: the last working day before today; F: the working day before D. One working day from F falls due on D.
    let due = daysAgo(1);
    while (!cal.isWorkingDay(due)) due = daysAgo(1, due);
    let from = daysAgo(1, due);
    while (!cal.isWorkingDay(from)) from = daysAgo(1, from);
    const id = await insertDeadline(t, kase.id, {
      kind: 'service-7',
      stage: 'service',
      from,
      days: 1,
      unit: 'working',
    });
    expect(deadline(await reload(zhifa, kase.id), id)).toMatchObject({ due, overdue: true });
    const listed = async (filter: string) =>
      (await zhongdui.get(`${V1}/cases?q=${encodeURIComponent('期限筛选测试')}&${filter}`))
        .json()
        .items.map((x: { id: string }) => x.id);
    expect(await listed('due=overdue')).toEqual([kase.id]);

    // The administrator declares D a holiday: the deadline moves past today's eve and leaves the overdue list.
    const sysadmin = await t.as('sysadmin');
    const fix = await sysadmin.put(`${V1}/calendar/days/${due}`, {
      kind: 'holiday',
      name: '测试更正',
      reason: '更正',
    });
    expect(fix.statusCode, fix.body).toBe(200);
    const moved = deadline(await reload(zhifa, kase.id), id) as DeadlineJson & { dueSoon: boolean };
    expect(moved.overdue).toBe(false);
    expect(await listed('due=overdue')).toEqual([]);
    expect(await listed('due=soon')).toEqual(moved.dueSoon ? [kase.id] : []);

    // A suspended clock is neither overdue nor due soon, on the case and in the list.
    const stored = await t.deps.db
      .selectFrom('case_deadlines')
      .select('due_on')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.due_on).toBe(moved.due);
    const res = await zhongdui.post(`${V1}/cases/${kase.id}/deadlines/${id}/suspend`, {
      from: due,
      reason: '当事人下落不明，依法中止',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed('due=soon')).toEqual([]);
    expect(await listed('due=overdue')).toEqual([]);
  });

  it('suspension, resumption and extension need a head, move the due date and say why', async () => {
    const kase = await createCase(zhifa);
    const from = daysAgo(30);
    const id = await insertDeadline(t, kase.id, {
      kind: 'case-90',
      stage: 'decision',
      from,
      days: 90,
      unit: 'calendar',
    });
    let k = await reload(zhifa, kase.id);
    const original = deadline(k, id).due;
    const url = (what: string) => `${V1}/cases/${kase.id}/deadlines/${id}/${what}`;

    const byOfficer = await zhifa.post(url('suspend'), {
      from: daysAgo(10),
      to: daysAgo(6),
      reason: '等待鉴定',
    });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().code).toBe('FORBIDDEN');

    k = (
      await zhongdui.post(url('suspend'), { from: daysAgo(10), to: daysAgo(6), reason: '委托房屋安全鉴定' })
    ).json();
    let d = deadline(k, id);
    const cal = await loadCalendar(t.deps.db);
    const expect1 = computeDeadline(cal, {
      from,
      days: 90,
      unit: 'calendar',
      suspensions: [{ from: daysAgo(10), to: daysAgo(6), reason: 'x' }],
    });
    expect(d.due).toBe(expect1.due);
    expect(d.due > original).toBe(true);
    expect(d.explanation).toMatch(/中止/);
    expect(d.suspensions[0]).toMatchObject({ reason: '委托房屋安全鉴定', approvedBy: expect.any(String) });

    // An open suspension: the clock is held until it is resumed.
    k = (await zhongdui.post(url('suspend'), { from: daysAgo(2), reason: '当事人因病无法接受询问' })).json();
    expect(deadline(k, id)).toMatchObject({ suspended: true, overdue: false });
    expect((await zhongdui.post(url('suspend'), { from: daysAgo(1), reason: '再次中止' })).json().code).toBe(
      'DEADLINE_CHANGE_INVALID',
    );
    k = (await zhongdui.post(url('resume'), { on: today() })).json();
    d = deadline(k, id);
    expect(d.suspended).toBe(false);
    expect(d.suspensions[1]?.to).toBe(daysAgo(1));

    const before = d.due;
    k = (await zhongdui.post(url('extend'), { days: 30, reason: '案情复杂，经负责人批准延长' })).json();
    d = deadline(k, id);
    expect(d.extensions).toEqual([
      expect.objectContaining({ days: 30, reason: '案情复杂，经负责人批准延长' }),
    ]);
    expect(d.due > before).toBe(true);

    const ops = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', kase.id)
      .orderBy('seq')
      .execute();
    expect(ops.map((o) => o.operation)).toEqual(
      expect.arrayContaining(['case.deadline-suspended', 'case.deadline-resumed', 'case.deadline-extended']),
    );
    expect(k.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['deadline-suspended', 'deadline-resumed', 'deadline-extended']),
    );

    await t.deps.db
      .updateTable('case_deadlines')
      .set({ status: 'met', ended_on: today() })
      .where('id', '=', id)
      .execute();
    expect((await zhongdui.post(url('extend'), { days: 5, reason: 'x' })).json().code).toBe(
      'DEADLINE_NOT_RUNNING',
    );
  });
});
