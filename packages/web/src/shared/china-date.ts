// The bureau works on China time, and the server dates filings and deadlines in Asia/Shanghai. A browser
// elsewhere (a visiting reviewer, a test machine on UTC) must not move "today" by a day, so the console
// takes calendar dates in the bureau's time zone too.

export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in China; null for a missing or unreadable one. */
export function dateInChina(instant: Date | string | null | undefined): string | null {
  if (instant === null || instant === undefined) return null;
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return null;
  return dayFormat.format(d);
}

/** Today's date in China. */
export function todayInChina(now: Date = new Date()): string {
  return dateInChina(now)!;
}
