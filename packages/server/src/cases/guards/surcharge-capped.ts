import { computeSurcharge } from '../surcharge.js';
import type { DecisionRecord } from '../types.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 72, 73, 行政强制法 art. 45: the late-payment surcharge is 3 % a day and never more than the
// fine; the engine computes it (surcharge.ts) rather than letting anyone type it, and checks the cap here.
export function surchargeCapped(ctx: GuardContext) {
  const s = computeSurcharge(
    ctx.caseRow.decision as DecisionRecord | null,
    ctx.deadlines,
    ctx.flags,
    ctx.today,
  );
  if (!s || s.amount <= s.fine) return null;
  return refuse(
    'surcharge-capped',
    `加处罚款${s.amount}元超过罚款数额${s.fine}元`,
    'The surcharge exceeds the fine',
  );
}
