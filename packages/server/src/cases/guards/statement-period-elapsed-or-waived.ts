import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 44, 45, 62, 64: no decision while the party may still state, defend or ask for a hearing
// (5 working days from the notice), unless the party waived that in writing. A case that went through a
// hearing has had its say there.
export function statementPeriodElapsedOrWaived(ctx: GuardContext) {
  if (ctx.flags.waivedStatement || ctx.payload.statementWaiver) {
    const w = ctx.flags.waivedStatement ?? ctx.payload.statementWaiver!;
    const served = ctx.milestones['prior-notice-served'];
    if (!served || w.signedOn >= served) return null;
    return refuse(
      'statement-period-elapsed-or-waived',
      `书面放弃的签署日期${w.signedOn}早于事先告知书送达日期${served}，不能作为放弃陈述申辩的依据`,
      'The written waiver predates the prior notice',
    );
  }
  if (ctx.flags.hearingHeld || ctx.flags.hearingDeemedWaived) return null;
  const d = deadlineOf(ctx, 'hearing-request-5');
  if (!d)
    return refuse(
      'statement-period-elapsed-or-waived',
      '尚未送达事先告知书，陈述申辩期未开始计算',
      'The prior notice has not been served, so the statement period has not started',
    );
  if (d.elapsed) return null;
  return refuse(
    'statement-period-elapsed-or-waived',
    `陈述申辩及听证申请期至${d.due}届满（${d.explanation}），当事人未书面放弃，期满前不得作出决定`,
    `The party may state, defend or ask for a hearing until ${d.due} and has not waived this in writing`,
  );
}
