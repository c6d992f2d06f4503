import { hearingEligible } from '../penalty.js';
import type { ReviewRow } from '../types.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 58 (L-04 gate). Interim rule until the Legal review issue routes reviews: the table
// case_reviews is the one source. A level counts as passed when its latest review made on the current draft
// decision (same draft digest) approved it; after a hearing, only reviews made after the hearing count.
// The brigade legal section reviews every case; the bureau section too when the case is major, outside the
// discretion standard, or open to a hearing (L-03 catalogue).
export function requiredLevels(ctx: GuardContext): ('brigade' | 'bureau')[] {
  const p = ctx.caseRow.penalty_after_defence ?? ctx.caseRow.proposed_penalty;
  const bureau =
    ctx.flags.major === true ||
    ctx.flags.bureauReview === true ||
    ctx.flags.hearingRequested !== undefined ||
    hearingEligible(p as never, ctx.parties, ctx.rules);
  return bureau ? ['brigade', 'bureau'] : ['brigade'];
}

export function latestReview(ctx: GuardContext, level: 'brigade' | 'bureau'): ReviewRow | undefined {
  const after = ctx.flags.hearingHeld ? new Date(ctx.flags.hearingHeld.at).getTime() : 0;
  return ctx.reviews
    .filter((r) => r.level === level && r.draft_digest === ctx.draftDigest)
    .filter((r) => new Date(r.created_at).getTime() > after)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1);
}

const LEVEL = { brigade: '大队法制科', bureau: '局法规科' };

export function requiredReviewsPassed(ctx: GuardContext) {
  const missing = requiredLevels(ctx).filter((l) => latestReview(ctx, l)?.outcome !== 'approved');
  if (missing.length === 0) return null;
  const names = missing.map((l) => LEVEL[l]);
  return refuse(
    'required-reviews-passed',
    `未经${names.join('、')}对现拟处罚决定审核通过${ctx.flags.hearingHeld ? '（听证后须重新审核）' : ''}，不得作出决定`,
    `No decision before the ${missing.join(' and ')} review passes on the current draft`,
    names,
  );
}
