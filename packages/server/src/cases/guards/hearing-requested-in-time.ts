import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 64: a hearing is requested within 5 working days of the notice.
export function hearingRequestedInTime(ctx: GuardContext) {
  const d = deadlineOf(ctx, 'hearing-request-5');
  const on = ctx.payload.requestedOn ?? ctx.today;
  if (!d)
    return refuse(
      'hearing-requested-in-time',
      '尚未告知听证权利，无法登记听证申请',
      'The right to a hearing was not notified',
    );
  if (on > ctx.today)
    return refuse(
      'hearing-requested-in-time',
      `申请日期${on}晚于今天`,
      `The request date ${on} is in the future`,
    );
  if (on <= d.due) return null;
  return refuse(
    'hearing-requested-in-time',
    `听证申请应在${d.due}前提出（${d.explanation}），${on}提出已逾期`,
    `A hearing had to be requested by ${d.due}; ${on} is too late`,
  );
}
