import { currentPenalty, hearingEligible } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 44, 63: where the intended penalty is a large fine (local line in cases.local-rules), a large
// confiscation, or a grave kind, the notice also tells the party of the right to a hearing.
export function hearingRightsNotifiedWhenRequired(ctx: GuardContext) {
  if (!hearingEligible(currentPenalty(ctx.caseRow), ctx.parties, ctx.rules)) return null;
  if (ctx.payload.hearingRightsNotified === true) return null;
  return refuse(
    'hearing-rights-notified-when-required',
    '拟作出的处罚属于听证范围，须同时送达听证告知书，告知当事人要求听证的权利',
    'The intended penalty gives the party a right to a hearing: serve the notice of that right too',
  );
}
