import { type CalendarOverride, computeDeadline, type DeadlineSpec, WorkingCalendar } from '@sanxiang/core';
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, weekdayOf } from '../../core/src/calendar/iso-date.js';
import { holidaySeed, SEEDED_YEARS } from '../src/calendar/holiday-seed.js';

// The seeded calendar (State Council notices 2019–2026, via chinese-days), as the server will build it.
const cal = new WorkingCalendar(holidaySeed(SEEDED_YEARS), SEEDED_YEARS);
// Weekends only: what the system knows of a year whose notice is not loaded.
const bare = new WorkingCalendar([], []);

const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

function* eachDay(first: string, last: string): Generator<string> {
  for (let d = toDayNumber(first); d <= toDayNumber(last); d++) yield fromDayNumber(d);
}

// Written from the State Council notices (国办发明电) for each year and checked against chinese-days'
// table: the 春节 and 国庆 blocks and their 调休 make-up days.
const ARRANGEMENTS: { label: string; holiday: [string, string]; makeUps: string[]; names: string[] }[] = [
  {
    label: '春节 2019',
    holiday: ['2019-02-04', '2019-02-10'],
    makeUps: ['2019-02-02', '2019-02-03'],
    names: ['春节'],
  },
  // The 2020 break was extended to 02-02 (国办发明电〔2020〕1号), which cancelled the 02-01 make-up Saturday.
  { label: '春节 2020', holiday: ['2020-01-24', '2020-02-02'], makeUps: ['2020-01-19'], names: ['春节'] },
  {
    label: '春节 2021',
    holiday: ['2021-02-11', '2021-02-17'],
    makeUps: ['2021-02-07', '2021-02-20'],
    names: ['春节'],
  },
  {
    label: '春节 2022',
    holiday: ['2022-01-31', '2022-02-06'],
    makeUps: ['2022-01-29', '2022-01-30'],
    names: ['春节'],
  },
  {
    label: '春节 2023',
    holiday: ['2023-01-21', '2023-01-27'],
    makeUps: ['2023-01-28', '2023-01-29'],
    names: ['春节'],
  },
  {
    label: '春节 2024',
    holiday: ['2024-02-10', '2024-02-17'],
    makeUps: ['2024-02-04', '2024-02-18'],
    names: ['春节'],
  },
  {
    label: '春节 2025',
    holiday: ['2025-01-28', '2025-02-04'],
    makeUps: ['2025-01-26', '2025-02-08'],
    names: ['春节'],
  },
  {
    label: '春节 2026',
    holiday: ['2026-02-15', '2026-02-23'],
    makeUps: ['2026-02-14', '2026-02-28'],
    names: ['春节'],
  },
  {
    label: '国庆 2019',
    holiday: ['2019-10-01', '2019-10-07'],
    makeUps: ['2019-09-29', '2019-10-12'],
    names: ['国庆节'],
  },
  // 中秋 fell on 10-01 in 2020; the notice merged the two and chinese-days labels all eight days 国庆节.
  {
    label: '国庆 2020',
    holiday: ['2020-10-01', '2020-10-08'],
    makeUps: ['2020-09-27', '2020-10-10'],
    names: ['国庆节'],
  },
  {
    label: '国庆 2021',
    holiday: ['2021-10-01', '2021-10-07'],
    makeUps: ['2021-09-26', '2021-10-09'],
    names: ['国庆节'],
  },
  {
    label: '国庆 2022',
    holiday: ['2022-10-01', '2022-10-07'],
    makeUps: ['2022-10-08', '2022-10-09'],
    names: ['国庆节'],
  },
  {
    label: '中秋国庆 2023',
    holiday: ['2023-09-29', '2023-10-06'],
    makeUps: ['2023-10-07', '2023-10-08'],
    names: ['中秋节', '国庆节'],
  },
  {
    label: '国庆 2024',
    holiday: ['2024-10-01', '2024-10-07'],
    makeUps: ['2024-09-29', '2024-10-12'],
    names: ['国庆节'],
  },
  {
    label: '国庆中秋 2025',
    holiday: ['2025-10-01', '2025-10-08'],
    makeUps: ['2025-09-28', '2025-10-11'],
    names: ['国庆节', '中秋节'],
  },
  {
    label: '国庆 2026',
    holiday: ['2026-10-01', '2026-10-07'],
    makeUps: ['2026-09-20', '2026-10-10'],
    names: ['国庆节'],
  },
];

describe('holidaySeed (chinese-days → calendar table)', () => {
  it('seeds 2019–2026', () => {
    expect(SEEDED_YEARS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('returns one override per date, sorted, only in the years asked for', () => {
    const seed = holidaySeed([2024, 2025]);
    const dates = seed.map((o) => o.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(seed.every((o) => o.date.startsWith('2024-') || o.date.startsWith('2025-'))).toBe(true);
    // 2025: 28 holiday dates and 5 make-up days in the notice (国办发明电〔2024〕12号).
    expect(holidaySeed([2025]).filter((o) => o.kind === 'holiday')).toHaveLength(28);
    expect(holidaySeed([2025]).filter((o) => o.kind === 'workday')).toHaveLength(5);
  });

  it('uses the full festival names, and names make-up days after their festival', () => {
    for (const o of holidaySeed(SEEDED_YEARS)) {
      if (o.kind === 'holiday') expect(FESTIVALS).toContain(o.name);
      else expect(FESTIVALS.map((f) => `${f}调休`)).toContain(o.name);
    }
    expect(cal.dayInfo('2025-04-04').name).toBe('清明节');
    expect(cal.dayInfo('2025-05-31').name).toBe('端午节');
    expect(cal.dayInfo('2024-09-16').name).toBe('中秋节');
    expect(cal.dayInfo('2024-04-07')).toMatchObject({ kind: 'workday', name: '清明节调休', working: true });
  });

  it('puts every 调休 make-up working day on a Saturday or Sunday', () => {
    for (const o of holidaySeed(SEEDED_YEARS).filter((x) => x.kind === 'workday')) {
      expect([0, 6]).toContain(weekdayOf(o.date));
    }
  });

  it('files a day under the year of its date (2022-12-31 is a 元旦 day of the 2023 notice)', () => {
    expect(holidaySeed([2022]).at(-1)).toEqual({ date: '2022-12-31', kind: 'holiday', name: '元旦' });
    expect(holidaySeed([2023]).some((o) => o.date < '2023-01-01')).toBe(false);
  });

  it('refuses a year chinese-days has no notice for, rather than covering it with weekends only', () => {
    expect(() => holidaySeed([2027])).toThrow(RangeError);
    expect(() => holidaySeed([2025.5])).toThrow(RangeError);
  });

  it.each(ARRANGEMENTS)('State Council notice: $label', ({ holiday: [first, last], makeUps, names }) => {
    const seen: string[] = [];
    for (const d of eachDay(first, last)) {
      const info = cal.dayInfo(d);
      expect(info, d).toMatchObject({ kind: 'holiday', working: false });
      if (info.name && !seen.includes(info.name)) seen.push(info.name);
    }
    expect(seen).toEqual(names);
    // The block is exactly as long as the notice says: the days either side are not holidays.
    const before = fromDayNumber(toDayNumber(first) - 1);
    const after = fromDayNumber(toDayNumber(last) + 1);
    expect(cal.dayInfo(before).kind).not.toBe('holiday');
    expect(cal.dayInfo(after).kind).not.toBe('holiday');
    for (const d of makeUps) {
      expect(cal.dayInfo(d), d).toMatchObject({ kind: 'workday', working: true });
      expect([0, 6]).toContain(weekdayOf(d));
    }
  });

  it('agrees with chinese-days isWorkday on every day of 2019–2026', () => {
    const disagreements: string[] = [];
    for (const d of eachDay('2019-01-01', '2026-12-31')) {
      if (cal.isWorkingDay(d) !== chineseDays.isWorkday(d)) disagreements.push(d);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('WorkingCalendar', () => {
  it('follows the default week where no override applies', () => {
    expect(bare.dayInfo('2025-10-01')).toEqual({
      date: '2025-10-01',
      working: true,
      kind: 'weekday',
      weekday: 3,
    });
    expect(bare.dayInfo('2025-10-11')).toEqual({
      date: '2025-10-11',
      working: false,
      kind: 'weekend',
      weekday: 6,
    });
  });

  it('reports holidays and make-up days with their names', () => {
    expect(cal.dayInfo('2025-10-01')).toEqual({
      date: '2025-10-01',
      working: false,
      kind: 'holiday',
      name: '国庆节',
      weekday: 3,
    });
    expect(cal.dayInfo('2025-10-06').name).toBe('中秋节');
    expect(cal.dayInfo('2025-10-11')).toEqual({
      date: '2025-10-11',
      working: true,
      kind: 'workday',
      name: '国庆节调休',
      weekday: 6,
    });
  });

  it('knows which years have their notice loaded', () => {
    expect(cal.isCovered(2019)).toBe(true);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
    expect(cal.isCovered(2018)).toBe(false);
  });

  it('民事诉讼法 art. 85: the event day is not counted (addWorkingDays from a Friday)', () => {
    expect(cal.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
    expect(cal.addWorkingDays('2025-03-07', 0)).toBe('2025-03-07');
    expect(cal.addWorkingDays('2025-03-06', 1)).toBe('2025-03-07');
  });

  it('counts working days in (a, b]', () => {
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-16')).toBe(7);
    expect(cal.workingDaysBetween('2025-10-16', '2025-09-30')).toBe(0);
    expect(cal.workingDaysBetween('2025-10-16', '2025-10-16')).toBe(0);
    expect(cal.workingDaysBetween('2025-10-10', '2025-10-11')).toBe(1);
  });

  it('finds the next working day on or after a date', () => {
    expect(cal.nextWorkingDayOnOrAfter('2025-10-01')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-09')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-11')).toBe('2025-10-11');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-12')).toBe('2025-10-13');
  });

  it('rejects malformed input with RangeError', () => {
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => cal.dayInfo('2025/10/01')).toThrow(RangeError);
    expect(() => cal.dayInfo('2025-1-1')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-10-01', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-10-01', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-10-01', Number.NaN)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-10-01', 1e9)).toThrow(RangeError);
    expect(() => cal.workingDaysBetween('2025-10-01', '')).toThrow(RangeError);
  });

  it('rejects a table that says two things about one day', () => {
    const twice: CalendarOverride[] = [
      { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2025-10-01', kind: 'workday', name: '国庆节调休' },
    ];
    expect(() => new WorkingCalendar(twice, [2025])).toThrow(/more than once/);
    expect(() => new WorkingCalendar([{ date: '2025-13-01', kind: 'holiday', name: 'x' }], [])).toThrow(
      RangeError,
    );
  });
});

describe('computeDeadline: working-day periods (行政处罚法 art. 85, 行政强制法 art. 69)', () => {
  const working = (from: string, days: number, extra: Partial<DeadlineSpec> = {}) =>
    computeDeadline(cal, { from, days, unit: 'working', ...extra });

  it('行政处罚法 art. 85: 7 working days across 国庆/中秋 2025 → 2025-10-16, explained', () => {
    const d = working('2025-09-30', 7);
    expect(d).toMatchObject({ from: '2025-09-30', start: '2025-10-01', due: '2025-10-16', suspendedDays: 0 });
    expect(d.explanation).toBe(
      '自2025-09-30次日起计算7个工作日：10-01至10-08为国庆节、中秋节假期，10-11（星期六）为调休工作日；截止日期2025-10-16。',
    );
    expect(d.explanationEn).toBe(
      '7 working days from 2025-09-30: 10-01..10-08 are 国庆节/中秋节 holidays, Saturday 10-11 is a 调休 working day; due 2025-10-16.',
    );
    expect(d.warnings).toEqual([]);
  });

  it('行政处罚法 art. 64: 5 working days across 春节 2024 count the 02-18 make-up Sunday → 2024-02-21', () => {
    const d = working('2024-02-08', 5);
    expect(d.due).toBe('2024-02-21');
    expect(d.explanation).toBe(
      '自2024-02-08次日起计算5个工作日：02-10至02-17为春节假期，02-18（星期日）为调休工作日；截止日期2024-02-21。',
    );
  });

  it('行政处罚法 art. 85: the 2024-02-04 make-up Sunday counts before 春节 → 3 working days from 02-02 end 02-06', () => {
    expect(working('2024-02-02', 3).due).toBe('2024-02-06');
  });

  it('行政处罚法 art. 61: 7 working days across 国庆 2024 end on the 10-12 make-up Saturday', () => {
    const d = working('2024-09-27', 7);
    expect(d.due).toBe('2024-10-12');
    expect(d.explanationEn).toBe(
      '7 working days from 2024-09-27: 10-01..10-07 are 国庆节 holidays, Sunday 09-29 and Saturday 10-12 are 调休 working days; due 2024-10-12.',
    );
  });

  it('行政处罚法 art. 85: 7 working days across 春节 2026 end on the 02-28 make-up Saturday', () => {
    expect(working('2026-02-12', 7).due).toBe('2026-02-28');
  });

  it('行政强制法 art. 69: 10 working days across 国庆 2019 → 2019-10-16', () => {
    expect(working('2019-09-27', 10).due).toBe('2019-10-16');
  });

  it('行政处罚法 art. 85: 3 working days across the extended 春节 2020 (02-01 make-up cancelled) → 2020-02-04', () => {
    expect(cal.isWorkingDay('2020-02-01')).toBe(false);
    expect(working('2020-01-22', 3).due).toBe('2020-02-04');
  });

  it('行政处罚法 art. 85: 5 working days across 中秋/国庆 2023 → 2023-10-10, both make-up days named', () => {
    const d = working('2023-09-27', 5);
    expect(d.due).toBe('2023-10-10');
    expect(d.explanation).toBe(
      '自2023-09-27次日起计算5个工作日：09-29至10-06为中秋节、国庆节假期，10-07（星期六）、10-08（星期日）为调休工作日；截止日期2023-10-10。',
    );
  });

  it('行政处罚法 art. 71: 2 working days across 春节 2021 count the 02-07 make-up Sunday', () => {
    expect(working('2021-02-05', 2).due).toBe('2021-02-08');
  });

  it('行政处罚法 art. 71: 2 working days after 2022-09-30 end on make-up Sunday 2022-10-09', () => {
    expect(working('2022-09-30', 2).due).toBe('2022-10-09');
  });

  it('行政处罚法 art. 85: 3 working days across 元旦 2023 crossing the year, dates in the new year written in full', () => {
    const d = working('2022-12-29', 3, { rule: '行政处罚法第四十八条' });
    expect(d.due).toBe('2023-01-04');
    expect(d.rule).toBe('行政处罚法第四十八条');
    expect(d.explanation).toBe(
      '依据行政处罚法第四十八条，自2022-12-29次日起计算3个工作日：12-31至2023-01-02为元旦假期；截止日期2023-01-04。',
    );
    expect(d.explanationEn).toBe(
      'Under 行政处罚法第四十八条, 3 working days from 2022-12-29: 12-31..2023-01-02 are 元旦 holidays; due 2023-01-04.',
    );
  });

  it('lists nothing when no holiday or make-up day falls in the period', () => {
    const d = working('2025-03-03', 7);
    expect(d.due).toBe('2025-03-12');
    expect(d.explanation).toBe('自2025-03-03次日起计算7个工作日；截止日期2025-03-12。');
    expect(d.explanationEn).toBe('7 working days from 2025-03-03; due 2025-03-12.');
  });

  it('a single-day holiday reads in the singular', () => {
    expect(working('2024-06-07', 1).explanationEn).toBe(
      '1 working day from 2024-06-07: 06-10 is a 端午节 holiday; due 2024-06-11.',
    );
  });

  it('a deadline already running moves when the 2026 notice is loaded (DOMAIN "Counting time")', () => {
    const before = computeDeadline(bare, { from: '2026-09-30', days: 7, unit: 'working' });
    expect(before.due).toBe('2026-10-09');
    expect(before.warnings.map((w) => w.code)).toEqual(['CALENDAR_YEAR_NOT_COVERED']);
    const after = computeDeadline(cal, { from: '2026-09-30', days: 7, unit: 'working' });
    expect(after.due).toBe('2026-10-15');
    expect(after.warnings).toEqual([]);
  });
});

describe('computeDeadline: calendar-day periods (民事诉讼法 art. 85 by analogy)', () => {
  const calendar = (from: string, days: number, extra: Partial<DeadlineSpec> = {}) =>
    computeDeadline(cal, { from, days, unit: 'calendar', ...extra });

  it('民事诉讼法 art. 85: 15 days ending inside 国庆 2025 move to the first working day after it', () => {
    const d = calendar('2025-09-20', 15, { rule: '行政处罚法第六十七条' });
    expect(d).toMatchObject({ start: '2025-09-21', due: '2025-10-09', movedFrom: '2025-10-05' });
    expect(d.explanation).toBe(
      '依据行政处罚法第六十七条，自2025-09-20次日起计算15日：期间末日10-05（星期日）为休息日（10-01至10-08为国庆节、中秋节假期），顺延至其后第一个工作日；截止日期2025-10-09。',
    );
    expect(d.explanationEn).toBe(
      'Under 行政处罚法第六十七条, 15 calendar days from 2025-09-20: the last day, Sunday 10-05, is a rest day (10-01..10-08 are 国庆节/中秋节 holidays), so the period ends on the next working day; due 2025-10-09.',
    );
  });

  it('民事诉讼法 art. 85: 15 days ending on a plain Saturday move to Monday', () => {
    const d = calendar('2025-03-07', 15);
    expect(d).toMatchObject({ due: '2025-03-24', movedFrom: '2025-03-22' });
    expect(d.explanation).toBe(
      '自2025-03-07次日起计算15日：期间末日03-22（星期六）为休息日，顺延至其后第一个工作日；截止日期2025-03-24。',
    );
  });

  it('民事诉讼法 art. 85: 15 days ending on the 2025-10-11 调休 Saturday stand, it being a working day', () => {
    const d = calendar('2025-09-26', 15);
    expect(d.due).toBe('2025-10-11');
    expect(d.movedFrom).toBeUndefined();
    expect(d.explanation).toBe(
      '自2025-09-26次日起计算15日：期间末日10-11（星期六）为调休工作日，不顺延；截止日期2025-10-11。',
    );
  });

  it('民事诉讼法 art. 85: 15 days ending on a working day are not moved and list no holidays', () => {
    const d = calendar('2025-03-03', 15);
    expect(d.due).toBe('2025-03-18');
    expect(d.explanationEn).toBe('15 calendar days from 2025-03-03; due 2025-03-18.');
  });

  it('行政处罚法 art. 59 reconsideration (60 days) ending inside 春节 2026 moves to 2026-02-24', () => {
    expect(calendar('2025-12-22', 60)).toMatchObject({ due: '2026-02-24', movedFrom: '2026-02-20' });
  });

  it('行政处罚法 art. 60: 90 days reaching into 2027 warn that the 2027 notice is not loaded', () => {
    const d = calendar('2026-11-01', 90);
    expect(d.due).toBe('2027-02-01');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED' });
    expect(d.warnings[0]?.message).toContain('2027年');
    expect(d.warnings[0]?.messageEn).toContain('2027');
  });
});

describe('computeDeadline: suspensions (中止) and extensions (延期)', () => {
  it('a suspension stops the working-day clock for the working days it covers', () => {
    const d = computeDeadline(cal, {
      from: '2025-03-03',
      days: 7,
      unit: 'working',
      suspensions: [{ from: '2025-03-06', to: '2025-03-10', reason: '当事人申请' }],
    });
    expect(d.due).toBe('2025-03-17');
    expect(d.suspendedDays).toBe(3);
    expect(d.suspensions[0]?.daysNotCounted).toBe(3);
    expect(d.explanation).toBe(
      '自2025-03-03次日起计算7个工作日：03-06至03-10中止（当事人申请），3个工作日不计入期限；截止日期2025-03-17。',
    );
  });

  it('a suspension stops a calendar-day clock; the rest-day rule applies to the pushed end', () => {
    const d = computeDeadline(cal, {
      from: '2025-03-03',
      days: 15,
      unit: 'calendar',
      suspensions: [{ from: '2025-03-10', to: '2025-03-14', reason: '鉴定' }],
    });
    expect(d).toMatchObject({ suspendedDays: 5, movedFrom: '2025-03-23', due: '2025-03-24' });
  });

  it('a suspension outside the period changes nothing and says so', () => {
    const d = computeDeadline(cal, {
      from: '2025-03-03',
      days: 7,
      unit: 'working',
      suspensions: [{ from: '2025-04-01', to: '2025-04-03', reason: '误录' }],
    });
    expect(d.due).toBe('2025-03-12');
    expect(d.suspendedDays).toBe(0);
    expect(d.warnings.map((w) => w.code)).toEqual(['SUSPENSION_OUTSIDE_PERIOD']);
  });

  it('an approved extension adds days in the same unit', () => {
    const d = computeDeadline(cal, {
      from: '2025-03-03',
      days: 7,
      unit: 'working',
      extensions: [{ days: 3, reason: '案情复杂' }],
    });
    expect(d).toMatchObject({ totalDays: 10, due: '2025-03-17' });
    expect(d.explanation).toBe(
      '自2025-03-03次日起计算7个工作日，经延期3个工作日（案情复杂），共10个工作日；截止日期2025-03-17。',
    );
    expect(d.explanationEn).toBe(
      '7 working days from 2025-03-03, extended by 3 (案情复杂) to 10 working days; due 2025-03-17.',
    );
  });

  it('rejects bad specs with RangeError', () => {
    const ok: DeadlineSpec = { from: '2025-03-03', days: 7, unit: 'working' };
    expect(() => computeDeadline(cal, { ...ok, from: '2025-02-30' })).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...ok, days: -1 })).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...ok, days: 2.5 })).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...ok, unit: 'weeks' as 'working' })).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...ok, extensions: [{ days: -3, reason: 'x' }] })).toThrow(
      RangeError,
    );
    expect(() =>
      computeDeadline(cal, { ...ok, suspensions: [{ from: '2025-03-10', to: '2025-03-09', reason: 'x' }] }),
    ).toThrow(RangeError);
  });
});

describe('properties (fast-check)', () => {
  const seededDate = fc
    .integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-10-31') })
    .map(fromDayNumber);
  const count = fc.integer({ min: 0, max: 40 });

  it('iso dates round-trip and weekdays agree with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const d = fromDayNumber(n);
        expect(toDayNumber(d)).toBe(n);
        expect(weekdayOf(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('addWorkingDays lands on a working day when n > 0', () => {
    fc.assert(
      fc.property(seededDate, fc.integer({ min: 1, max: 40 }), (from, n) => {
        expect(cal.isWorkingDay(cal.addWorkingDays(from, n))).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(from, addWorkingDays(from, n)) === n', () => {
    fc.assert(
      fc.property(seededDate, count, (from, n) => {
        expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(seededDate, count, count, (from, a, b) => {
        fc.pre(a < b);
        expect(cal.addWorkingDays(from, a) < cal.addWorkingDays(from, b)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween adds up over consecutive intervals', () => {
    fc.assert(
      fc.property(seededDate, fc.nat(60), fc.nat(60), (a, x, y) => {
        const b = fromDayNumber(toDayNumber(a) + x);
        const c = fromDayNumber(toDayNumber(b) + y);
        expect(cal.workingDaysBetween(a, c)).toBe(
          cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c),
        );
      }),
    );
  });

  it('without a notice, 5 working days from a weekday end the same weekday a week later', () => {
    fc.assert(
      fc.property(seededDate, (from) => {
        fc.pre(bare.isWorkingDay(from));
        expect(toDayNumber(bare.addWorkingDays(from, 5)) - toDayNumber(from)).toBe(7);
      }),
    );
  });

  it('nextWorkingDayOnOrAfter is the first working day at or after the date', () => {
    fc.assert(
      fc.property(seededDate, (date) => {
        const next = cal.nextWorkingDayOnOrAfter(date);
        expect(next >= date).toBe(true);
        expect(cal.isWorkingDay(next)).toBe(true);
        expect(cal.workingDaysBetween(fromDayNumber(toDayNumber(date) - 1), next)).toBe(1);
      }),
    );
  });

  it('行政处罚法 art. 85: a working-day deadline is addWorkingDays', () => {
    fc.assert(
      fc.property(seededDate, count, (from, days) => {
        const d = computeDeadline(cal, { from, days, unit: 'working' });
        expect(d.due).toBe(cal.addWorkingDays(from, days));
      }),
    );
  });

  it('民事诉讼法 art. 85: a calendar-day deadline is the first working day on or after from + days', () => {
    fc.assert(
      fc.property(seededDate, fc.integer({ min: 1, max: 90 }), (from, days) => {
        const d = computeDeadline(cal, { from, days, unit: 'calendar' });
        const plain = fromDayNumber(toDayNumber(from) + days);
        expect(d.due >= plain).toBe(true);
        expect(cal.isWorkingDay(d.due)).toBe(true);
        // Moved no further than needed: every day skipped is a rest day.
        for (const day of eachDay(plain, d.due)) if (day !== d.due) expect(cal.isWorkingDay(day)).toBe(false);
        expect(d.movedFrom === undefined).toBe(d.due === plain);
      }),
    );
  });

  it('a suspension pushes the due date exactly as far as adding its suspended days would', () => {
    fc.assert(
      fc.property(
        seededDate,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('working' as const, 'calendar' as const),
        fc.nat(40),
        fc.nat(15),
        (from, days, unit, offset, length) => {
          const sFrom = fromDayNumber(toDayNumber(from) + offset - 5);
          const sTo = fromDayNumber(toDayNumber(sFrom) + length);
          const suspended = computeDeadline(cal, {
            from,
            days,
            unit,
            suspensions: [{ from: sFrom, to: sTo, reason: '中止' }],
          });
          const pushed = computeDeadline(cal, { from, days: days + suspended.suspendedDays, unit });
          expect(suspended.due).toBe(pushed.due);
          expect(suspended.due >= computeDeadline(cal, { from, days, unit }).due).toBe(true);
        },
      ),
    );
  });

  it('an extension of e days equals a period of days + e', () => {
    fc.assert(
      fc.property(
        seededDate,
        count,
        fc.nat(10),
        fc.constantFrom('working' as const, 'calendar' as const),
        (from, days, e, unit) => {
          const extended = computeDeadline(cal, {
            from,
            days,
            unit,
            extensions: [{ days: e, reason: '批准延期' }],
          });
          expect(extended.due).toBe(computeDeadline(cal, { from, days: days + e, unit }).due);
        },
      ),
    );
  });

  it('no warning inside the seeded years; a warning whenever the period reaches an uncovered year', () => {
    const lateDate = fc
      .integer({ min: toDayNumber('2026-10-01'), max: toDayNumber('2026-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(fc.oneof(seededDate, lateDate), count, (from, days) => {
        const d = computeDeadline(cal, { from, days, unit: 'working' });
        const reachesOut = d.due > '2026-12-31';
        expect(d.warnings.some((w) => w.code === 'CALENDAR_YEAR_NOT_COVERED')).toBe(reachesOut);
      }),
    );
  });
});
