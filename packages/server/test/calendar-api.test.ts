import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './support/test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('GET /api/v1/calendar/deadline (public)', () => {
  it('行政处罚法 art. 85: 7 working days from 2025-09-30 fall due 2025-10-16, no sign-in needed', async () => {
    const res = await t.client().get('/api/v1/calendar/deadline?from=2025-09-30&days=7&unit=working');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ due: '2025-10-16', start: '2025-10-01' });
    expect(res.json().explanation).toContain('国庆节');
    expect(res.json().explanation).toContain('调休');
  });

  it('民事诉讼法 art. 85: a 15-day period ending in 春节 2026 moves to the next working day', async () => {
    // 2026-02-01 + 15 calendar days = 02-16, inside 春节 (02-15..02-23); next working day 02-24.
    const res = await t.client().get('/api/v1/calendar/deadline?from=2026-02-01&days=15&unit=calendar');
    expect(res.json().due).toBe('2026-02-24');
  });

  it('rejects a malformed date with the field named', async () => {
    const res = await t.client().get('/api/v1/calendar/deadline?from=2025-13-40&days=7');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('from');
  });

  it('warns when the period runs into a year whose notice is not loaded', async () => {
    const res = await t.client().get('/api/v1/calendar/deadline?from=2026-12-28&days=7');
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toContain('CALENDAR_YEAR_NOT_COVERED');
  });
});

describe('calendar administration', () => {
  it('a correction by the administrator moves a running deadline, and is audited', async () => {
    const before = (await t.client().get('/api/v1/calendar/deadline?from=2026-06-01&days=5')).json().due;
    expect(before).toBe('2026-06-08');
    const admin = await t.as('sysadmin');
    const res = await admin.put('/api/v1/calendar/days/2026-06-03', {
      kind: 'holiday',
      name: '防汛停工',
      reason: '市政府临时通知',
    });
    expect(res.statusCode).toBe(200);
    const after = (await t.client().get('/api/v1/calendar/deadline?from=2026-06-01&days=5')).json().due;
    expect(after).toBe('2026-06-09');
    const event = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('operation', '=', 'calendar.day-changed')
      .executeTakeFirstOrThrow();
    expect(event.target_id).toBe('2026-06-03');
    expect(event.reason).toBe('市政府临时通知');
  });

  it('a make-up working day must fall on a weekend (422), and nothing changes', async () => {
    const admin = await t.as('sysadmin');
    const res = await admin.put('/api/v1/calendar/days/2026-06-03', {
      kind: 'workday',
      name: '调休',
      reason: '测试',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_INVALID');
    expect(
      await t.deps.db
        .selectFrom('calendar_days')
        .selectAll()
        .where('date', '=', '2026-06-03')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('2019–2026 are seeded from the State Council notices', async () => {
    const c = await t.as('zhifa');
    const years = (await c.get('/api/v1/calendar/years')).json().items.map((y: { year: number }) => y.year);
    expect(years).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
    const y2024 = (await c.get('/api/v1/calendar/years/2024')).json();
    expect(y2024.days).toContainEqual({
      date: '2024-02-04',
      kind: 'workday',
      name: expect.stringContaining('春节'),
    });
    expect(y2024.days).toContainEqual({ date: '2024-10-01', kind: 'holiday', name: '国庆节' });
  });
});
