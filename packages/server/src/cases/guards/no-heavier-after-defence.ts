import { asPenalty, currentPenalty, heavierThan } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 45: the penalty may not be raised because the party stated or defended itself. The decision
// may not be heavier than the penalty in the prior notice.
export function noHeavierAfterDefence(ctx: GuardContext) {
  const notified = asPenalty(ctx.caseRow.notified_penalty);
  const now = currentPenalty(ctx.caseRow);
  if (!notified || !now) return null;
  const worse = heavierThan(now, notified);
  if (worse.length === 0) return null;
  return refuse(
    'no-heavier-after-defence',
    `拟决定的处罚重于事先告知的处罚：${worse.join('；')}。不得因当事人陈述申辩而加重处罚`,
    'The penalty would be heavier than the one in the prior notice',
    worse,
  );
}
