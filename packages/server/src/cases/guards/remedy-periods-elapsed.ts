import { type GuardContext, refuse } from './context.js';

// 行政强制法 arts. 44, 53: enforcement waits until the party can no longer seek reconsideration (60 days) or sue
// (6 months) against the decision, and none is pending.
function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function remedyPeriodsElapsed(ctx: GuardContext) {
  if (ctx.flags.remedyPending || ctx.payload.remedyPending)
    return refuse(
      'remedy-periods-elapsed',
      '当事人已申请行政复议或提起行政诉讼，尚未终结',
      'Reconsideration or suit is pending',
    );
  const served =
    ctx.procedure.code === 'demolition'
      ? ctx.flags.demolitionOrder?.servedOn
      : ctx.milestones['decision-served'];
  if (!served) return refuse('remedy-periods-elapsed', '决定尚未送达', 'The decision has not been served');
  const end = addMonths(served, 6);
  if (ctx.today > end) return null;
  return refuse(
    'remedy-periods-elapsed',
    `决定于${served}送达，当事人可在六十日内申请复议、六个月内（至${end}）提起诉讼，期满前不得强制执行`,
    `Served ${served}: the party may still sue until ${end}`,
  );
}
