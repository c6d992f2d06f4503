import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 57: when the investigation ends, the head reviews its result. Recorded either as an approval of
// kind 'head-review' (POST /cases/:id/approvals) or by a head taking the act with a written opinion.
const HEADS = ['squad_leader', 'bureau_head'];

export function headReviewOfInvestigation(ctx: GuardContext) {
  if (ctx.flags.approvals?.['head-review']) return null;
  if (ctx.payload.headOpinion && ctx.actor.roles.some((r) => HEADS.includes(r))) return null;
  return refuse(
    'head-review-of-investigation',
    '调查终结后须由负责人审查调查结果并签署审查意见',
    'The head must review the result of the investigation and record an opinion',
  );
}
