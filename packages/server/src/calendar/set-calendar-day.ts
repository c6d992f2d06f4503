import { appendAuditEvent } from '../audit/append-audit-event.js';
import { storeDueDates } from '../cases/store-due-dates.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { forgetCalendar, readCalendar } from './load-calendar.js';

export interface SetDayInput {
  date: string;
  kind: 'holiday' | 'workday' | 'normal';
  name?: string | undefined;
  reason: string;
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * An administrator corrects the calendar (a new State Council notice, a local arrangement). Deadlines are
 * computed from the calendar, so every running deadline moves with the correction; the due dates the case list
 * filters on are rewritten in the same transaction.
 */
export async function setCalendarDay(deps: AppDeps, ctx: RequestContext, input: SetDayInput) {
  const isWeekend = [0, 6].includes(weekday(input.date));
  // A make-up working day only makes sense on a weekend; a holiday override on a weekend changes nothing.
  if (input.kind === 'workday' && !isWeekend) {
    throw new AppError('CALENDAR_INVALID', undefined, {
      message: '调休工作日只能设在周六或周日',
      messageEn: 'A make-up working day must fall on a Saturday or Sunday',
    });
  }
  if (input.kind !== 'normal' && !input.name) {
    throw new AppError('VALIDATION_FAILED', [
      { field: 'name', message: '请填写节日名称', messageEn: 'Name the holiday' },
    ]);
  }
  const year = Number(input.date.slice(0, 4));
  const result = await deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('calendar_days')
      .select(['kind', 'name'])
      .where('date', '=', input.date)
      .executeTakeFirst();
    if (input.kind === 'normal') {
      await trx.deleteFrom('calendar_days').where('date', '=', input.date).execute();
    } else {
      await trx
        .insertInto('calendar_days')
        .values({ date: input.date, kind: input.kind, name: input.name! })
        .onConflict((oc) =>
          oc
            .column('date')
            .doUpdateSet({ kind: input.kind as 'holiday', name: input.name!, updated_at: new Date() }),
        )
        .execute();
    }
    // Editing a year marks its arrangement as loaded: the administrator is entering the notice.
    await trx
      .insertInto('calendar_years')
      .values({ year, covered: true })
      .onConflict((oc) => oc.column('year').doUpdateSet({ covered: true, updated_at: new Date() }))
      .execute();
    // The running deadlines move with the correction (issue 4 item 3); their stored due dates follow at once.
    const moved = await storeDueDates(trx, await readCalendar(trx), null);
    const after = input.kind === 'normal' ? null : { kind: input.kind, name: input.name };
    await appendAuditEvent(trx, ctx, {
      operation: 'calendar.day-changed',
      targetType: 'calendar_day',
      targetId: input.date,
      changes: { day: { before: before ?? null, after }, deadlinesMoved: { before: null, after: moved } },
      reason: input.reason,
    });
    return { date: input.date, kind: input.kind, name: input.kind === 'normal' ? '' : input.name! };
  });
  forgetCalendar(deps.db);
  return { day: result };
}
