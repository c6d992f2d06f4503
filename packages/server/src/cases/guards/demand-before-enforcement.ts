import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政强制法 arts. 35, 37, 54: enforcement is preceded by a written demand; an application to the court waits
// 10 working days after the demand is served (art. 54).
export function demandBeforeEnforcement(ctx: GuardContext) {
  const served = ctx.milestones['demand-served'];
  if (!served)
    return refuse('demand-before-enforcement', '尚未书面催告当事人履行', 'No written demand has been served');
  const d = deadlineOf(ctx, 'demand-10');
  if (!d || d.elapsed) return null;
  return refuse(
    'demand-before-enforcement',
    `催告书${served}送达，须满十个工作日（至${d.due}）仍未履行的，方可申请强制执行`,
    `The demand was served ${served}; wait until after ${d.due}`,
  );
}
