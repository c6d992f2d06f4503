// When a job runs next. Two forms: a fixed interval, or a five-field cron expression read in China
// Standard Time (UTC+8, no daylight saving), because the bureau's "every night at 02:00" is Rugao's night.

export type JobSchedule = { every: number | string } | { cron: string };

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** '90s', '15m', '1h', '1d' or a number of milliseconds. */
export function parseInterval(every: number | string): number {
  if (typeof every === 'number') {
    if (!Number.isFinite(every) || every < 1000) throw new Error(`job interval too short: ${every} ms`);
    return every;
  }
  const m = /^(\d+)\s*([smhd])$/.exec(every.trim());
  if (!m) throw new Error(`job interval not understood: "${every}" (use e.g. 30s, 15m, 1h, 1d)`);
  return parseInterval(Number(m[1]) * UNITS[m[2]!]!);
}

interface CronFields {
  minute: Set<number>;
  hour: Set<number>;
  day: Set<number>;
  month: Set<number>;
  weekday: Set<number>;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
}

function field(text: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`cron field not understood: "${text}"`);
    const from = m[1] === '*' ? min : Number(m[2]);
    const to = m[1] === '*' ? max : m[3] !== undefined ? Number(m[3]) : m[4] ? max : from;
    const step = m[4] ? Number(m[4]) : 1;
    if (from < min || to > max || from > to || step < 1)
      throw new Error(`cron field out of range: "${text}"`);
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expression: string): CronFields {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5)
    throw new Error(`cron needs 5 fields (minute hour day month weekday): "${expression}"`);
  const [mi, h, d, mo, w] = parts as [string, string, string, string, string];
  const weekday = field(w, 0, 7);
  if (weekday.has(7)) weekday.add(0);
  return {
    minute: field(mi, 0, 59),
    hour: field(h, 0, 23),
    day: field(d, 1, 31),
    month: field(mo, 1, 12),
    weekday,
    dayRestricted: d !== '*',
    weekdayRestricted: w !== '*',
  };
}

/** The first minute strictly after `after` that the cron expression matches (China time). */
export function nextCronTime(expression: string, after: Date): Date {
  const c = parseCron(expression);
  // Work on a clock shifted to UTC+8 and read it with the UTC getters.
  let t = Math.floor((after.getTime() + CHINA_OFFSET_MS) / 60_000) * 60_000 + 60_000;
  const limit = t + 366 * 86_400_000 * 5;
  while (t < limit) {
    const d = new Date(t);
    if (!c.month.has(d.getUTCMonth() + 1)) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      continue;
    }
    const dayOk = c.day.has(d.getUTCDate());
    const weekdayOk = c.weekday.has(d.getUTCDay());
    // Classic cron: when both day fields are restricted, either may match.
    const dateOk = c.dayRestricted && c.weekdayRestricted ? dayOk || weekdayOk : dayOk && weekdayOk;
    if (!dateOk) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
      continue;
    }
    if (!c.hour.has(d.getUTCHours())) {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
      continue;
    }
    if (c.minute.has(d.getUTCMinutes())) return new Date(t - CHINA_OFFSET_MS);
    t += 60_000;
  }
  throw new Error(`cron expression never matches: "${expression}"`);
}

/** The schedule as stored in scheduled_jobs.schedule. */
export function scheduleText(schedule: JobSchedule): string {
  if ('cron' in schedule) {
    parseCron(schedule.cron);
    return `cron ${schedule.cron.trim()}`;
  }
  return `every ${parseInterval(schedule.every)}`;
}

export function nextRunAfter(schedule: JobSchedule, after: Date): Date {
  if ('cron' in schedule) return nextCronTime(schedule.cron, after);
  return new Date(after.getTime() + parseInterval(schedule.every));
}
