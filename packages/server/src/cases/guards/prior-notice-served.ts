import { currentPenalty } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 44, 62: before a decision the party is told the intended penalty, its facts, reasons and basis,
// and the rights to state, defend and ask for a hearing. On 'serve-prior-notice' the act records the service
// (servedOn); later acts read the recorded date. On the spot (简易程序) the rights are told on the spot and noted.
export function priorNoticeServed(ctx: GuardContext) {
  if (ctx.milestones['prior-notice-served']) return null;
  const { action } = ctx.transition;
  if (action === 'serve-prior-notice') {
    if (!currentPenalty(ctx.caseRow))
      return refuse(
        'prior-notice-served',
        '须先拟定拟处罚内容，再送达事先告知书',
        'Propose the penalty before serving the prior notice',
      );
    const on = ctx.payload.servedOn;
    if (!on)
      return refuse(
        'prior-notice-served',
        '请填写事先告知书的送达日期',
        'Give the date the prior notice was served',
      );
    if (on > ctx.today)
      return refuse(
        'prior-notice-served',
        `送达日期${on}晚于今天`,
        `The service date ${on} is in the future`,
      );
    return null;
  }
  if (ctx.procedure.code === 'simple' && ctx.payload.onSiteRecord?.rightsTold) return null;
  return refuse(
    'prior-notice-served',
    ctx.procedure.code === 'simple'
      ? '当场处罚前须告知当事人拟处罚的事实、理由、依据及陈述申辩权利，并记入笔录'
      : '尚未送达行政处罚事先告知书，不得作出处罚决定',
    'The party has not been told of the intended penalty and of the rights to state and defend',
  );
}
