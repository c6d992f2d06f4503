import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 43: no enforcement at night or on a public holiday, save an emergency (whose reason is recorded).
// 夜间 is configuration (cases.local-rules, default 22:00–06:00 China time); holidays come from the calendar.
export function chinaTime(at: Date): { date: string; hour: number } {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return { date: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
}

export function noEnforcementAtNightOrHoliday(ctx: GuardContext) {
  if (ctx.payload.emergencyReason) return null;
  const at = ctx.payload.startAt ? new Date(ctx.payload.startAt) : ctx.now;
  const { date, hour } = chinaTime(at);
  const { start, end } = ctx.rules.night;
  if (hour >= start || hour < end)
    return refuse(
      'no-enforcement-at-night-or-holiday',
      `${date} ${hour}时属夜间（${start}时至次日${end}时），不得实施强制执行`,
      `${date} ${hour}:00 is at night`,
    );
  const day = ctx.calendar.dayInfo(date);
  if (day.kind === 'holiday')
    return refuse(
      'no-enforcement-at-night-or-holiday',
      `${date}是法定节假日（${day.name ?? '节假日'}），不得实施强制执行`,
      `${date} is a public holiday`,
    );
  return null;
}
