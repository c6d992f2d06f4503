import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 64, 85: the party is told of the time and place at least 7 working days before the hearing.
// The day of service is not counted, and the seven working days after it must all pass before the hearing day.
export function hearingNoticeSevenWorkingDays(ctx: GuardContext) {
  const served = ctx.payload.hearingNoticeServedOn;
  const held = ctx.payload.hearingDate ?? ctx.today;
  if (!served)
    return refuse(
      'hearing-notice-7-working-days',
      '请填写听证通知书的送达日期',
      'Give the date the hearing notice was served',
    );
  if (held > ctx.today)
    return refuse(
      'hearing-notice-7-working-days',
      `听证日期${held}晚于今天，听证尚未举行`,
      `The hearing date ${held} is in the future`,
    );
  const last = ctx.calendar.addWorkingDays(served, 7);
  if (held > last) return null;
  return refuse(
    'hearing-notice-7-working-days',
    `听证通知书于${served}送达，七个工作日至${last}届满，${held}举行听证过早`,
    `Notice served ${served}: the seven working days run to ${last}, so a hearing on ${held} is too early`,
  );
}
