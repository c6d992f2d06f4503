import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 66, 67, 行政强制法 art. 34: enforcement starts only after the time to perform has run out
// (15 days to pay from service; for a demolition order, the deadline it set).
export function performancePeriodElapsed(ctx: GuardContext) {
  if (ctx.procedure.code === 'demolition') {
    const order =
      ctx.flags.demolitionOrder ??
      (ctx.payload.orderServedOn && ctx.payload.orderDeadline
        ? { servedOn: ctx.payload.orderServedOn, deadline: ctx.payload.orderDeadline }
        : undefined);
    if (!order)
      return refuse(
        'performance-period-elapsed',
        '请填写限期拆除决定的送达日期和拆除期限',
        'Give the service date and deadline of the demolition order',
      );
    if (order.deadline < order.servedOn)
      return refuse(
        'performance-period-elapsed',
        '拆除期限早于送达日期',
        'The deadline is before the service date',
      );
    if (ctx.today > order.deadline) return null;
    return refuse(
      'performance-period-elapsed',
      `限期拆除的期限至${order.deadline}，期满前不得催告强制执行`,
      `The party has until ${order.deadline} to demolish`,
    );
  }
  if (ctx.flags.payment)
    return refuse('performance-period-elapsed', '当事人已履行', 'The party has performed');
  const d = deadlineOf(ctx, 'payment-15');
  if (!d)
    return refuse(
      'performance-period-elapsed',
      '履行期限尚未开始计算',
      'The time to perform has not started',
    );
  if (d.elapsed) return null;
  return refuse(
    'performance-period-elapsed',
    `缴纳罚款期限至${d.due}（${d.explanation}），期满前不得催告`,
    `The party has until ${d.due} to pay`,
  );
}
