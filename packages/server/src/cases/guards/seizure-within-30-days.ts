import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政强制法 arts. 25, 27: decide within the seizure period (30 days, or as extended); testing time excluded.
export function seizureWithinThirtyDays(ctx: GuardContext) {
  const d = deadlineOf(ctx, 'seizure-30');
  if (!d)
    return refuse('seizure-within-30-days', '查封扣押期限尚未开始计算', 'The seizure period has not started');
  if (!d.elapsed) return null;
  return refuse(
    'seizure-within-30-days',
    `查封扣押期限已于${d.due}届满（${d.explanation}），应当立即解除`,
    `The seizure period ended on ${d.due}; the seizure must be lifted`,
  );
}
