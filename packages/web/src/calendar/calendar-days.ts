import type { CalendarDay, CalendarYear } from './calendar-api';

export function indexDays(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  return new Map(days.map((d) => [d.date, d]));
}

/**
 * The years offered in the selector: those the server knows plus this year and the next, so an
 * administrator can enter next year's schedule as soon as it is published. Newest first.
 */
export function selectableYears(known: readonly CalendarYear[], thisYear: number): number[] {
  const set = new Set(known.map((y) => y.year));
  set.add(thisYear);
  set.add(thisYear + 1);
  return [...set].sort((a, b) => b - a);
}
