import { addDays, assertIsoDate, toDayNumber, type Weekday, weekdayOf } from './iso-date.js';

/**
 * An exception to the default week (Mon–Fri working, Sat/Sun rest) taken from the State Council's yearly
 * holiday notice: a 'holiday' carries its festival (春节, 国庆节 …); a 'workday' is a 调休 make-up working
 * day on a weekend, named after the festival it pays for ('春节调休').
 */
export type DayKind = 'holiday' | 'workday';

export interface CalendarOverride {
  date: string;
  kind: DayKind;
  name: string;
}

export interface DayInfo {
  date: string;
  working: boolean;
  /** 'weekday'/'weekend' follow the default week; 'holiday'/'workday' come from an override. */
  kind: 'weekday' | 'weekend' | 'holiday' | 'workday';
  name?: string;
  weekday: Weekday;
}

/**
 * Working days as the State Council notices define them (行政处罚法 art. 85 and 行政强制法 art. 69 count
 * short periods in working days "不含法定节假日"). The table is data so an administrator can load the
 * December notice, and a calendar built from corrected data recomputes every running deadline.
 */
export class WorkingCalendar {
  readonly #overrides: ReadonlyMap<string, CalendarOverride>;
  readonly #covered: ReadonlySet<number>;

  constructor(overrides: readonly CalendarOverride[], coveredYears: readonly number[]) {
    const byDate = new Map<string, CalendarOverride>();
    for (const o of overrides) {
      assertIsoDate(o.date, 'calendar override date');
      if (o.kind !== 'holiday' && o.kind !== 'workday') {
        throw new RangeError(`calendar override ${o.date} has unknown kind ${JSON.stringify(o.kind)}`);
      }
      // Two rows for one day would make the answer depend on their order; the table must say one thing.
      if (byDate.has(o.date)) throw new RangeError(`calendar override ${o.date} appears more than once`);
      byDate.set(o.date, { date: o.date, kind: o.kind, name: o.name });
    }
    for (const y of coveredYears) {
      if (!Number.isInteger(y)) throw new RangeError(`covered year must be an integer, got ${y}`);
    }
    this.#overrides = byDate;
    this.#covered = new Set(coveredYears);
  }

  /** Whether that year's State Council holiday notice is loaded; if not, only weekends are known. */
  isCovered(year: number): boolean {
    return this.#covered.has(year);
  }

  get coveredYears(): number[] {
    return [...this.#covered].sort((a, b) => a - b);
  }

  get overrides(): CalendarOverride[] {
    return [...this.#overrides.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  dayInfo(date: string): DayInfo {
    assertIsoDate(date);
    return this.#info(date);
  }

  isWorkingDay(date: string): boolean {
    assertIsoDate(date);
    return this.#info(date).working;
  }

  /**
   * The nth working day after `from`. The day of the event is not counted (民事诉讼法 art. 85, by
   * analogy): counting starts the next day. n = 0 returns `from` itself.
   */
  addWorkingDays(from: string, n: number): string {
    assertIsoDate(from, 'from');
    assertCount(n, 'n');
    let date = from;
    let counted = 0;
    while (counted < n) {
      date = addDays(date, 1);
      if (this.#info(date).working) counted++;
    }
    return date;
  }

  /** Working days in (a, b]; 0 when b is not after a. */
  workingDaysBetween(a: string, b: string): number {
    assertIsoDate(a, 'a');
    assertIsoDate(b, 'b');
    const end = toDayNumber(b);
    let count = 0;
    for (let date = addDays(a, 1), d = toDayNumber(a) + 1; d <= end; date = addDays(date, 1), d++) {
      if (this.#info(date).working) count++;
    }
    return count;
  }

  nextWorkingDayOnOrAfter(date: string): string {
    assertIsoDate(date);
    let d = date;
    // Terminates: overrides are finite, and past them every Monday is a working day.
    while (!this.#info(d).working) d = addDays(d, 1);
    return d;
  }

  #info(date: string): DayInfo {
    const weekday = weekdayOf(date);
    const o = this.#overrides.get(date);
    if (o) return { date, working: o.kind === 'workday', kind: o.kind, name: o.name, weekday };
    const weekend = weekday === 0 || weekday === 6;
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', weekday };
  }
}

/** A century of days: far beyond any statutory period, small enough that a typo cannot hang a loop. */
export const MAX_PERIOD_DAYS = 36_600;

export function assertCount(n: unknown, label: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`${label} must be a whole number of days ≥ 0, got ${String(n)}`);
  }
  if (n > MAX_PERIOD_DAYS) throw new RangeError(`${label} must be at most ${MAX_PERIOD_DAYS} days, got ${n}`);
}
