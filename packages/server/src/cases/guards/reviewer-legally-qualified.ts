import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 58, L-02: reviewers hold the legal-profession qualification. Checked by the review route
// (record-review.ts) against the people register; on a case transition it asks the same of the actor.
export function reviewerLegallyQualified(ctx: GuardContext) {
  if (ctx.actor.roles.some((r) => r === 'brigade_reviewer' || r === 'bureau_reviewer')) return null;
  return refuse(
    'reviewer-legally-qualified',
    '审核意见须由具有法律职业资格的审核人员出具',
    'A qualified reviewer must give the opinion',
  );
}
