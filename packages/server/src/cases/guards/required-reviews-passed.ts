import { DEFAULT_REVIEW_CATALOGUE, REVIEW_LEVELS, type ReviewLevel } from '@sanxiang/core';
import { caseRoute } from '../../review/case-route.js';
import type { ReviewRow } from '../types.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 58 (L-04 gate). The levels come from core's routing with the catalogue in force (L-03:
// review/case-route.ts): the brigade legal section for every case outside the on-the-spot procedure, the
// bureau regulation section too for a case in the catalogue. The record is case_reviews, appended by the
// opinion of a review round (review/give-opinion.ts). A level has passed when its latest review made on
// the current draft decision (same draft digest, cases/penalty.ts) approved it: changing the draft after an
// approval voids it. After a hearing only reviews made after it count.
export function requiredLevels(ctx: GuardContext): ReviewLevel[] {
  const route = caseRoute(ctx.caseRow, ctx.parties, ctx.rules.reviewCatalogue ?? DEFAULT_REVIEW_CATALOGUE);
  // The general procedure always reviews at the brigade (the route is empty only for 'simple').
  return route.levels.length > 0 ? route.levels : ['brigade'];
}

export function latestReview(ctx: GuardContext, level: ReviewLevel): ReviewRow | undefined {
  const after = ctx.flags.hearingHeld ? new Date(ctx.flags.hearingHeld.at).getTime() : 0;
  return ctx.reviews
    .filter((r) => r.level === level && r.draft_digest === ctx.draftDigest)
    .filter((r) => new Date(r.created_at).getTime() > after)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1);
}

export function requiredReviewsPassed(ctx: GuardContext) {
  const missing = requiredLevels(ctx).filter((l) => latestReview(ctx, l)?.outcome !== 'approved');
  if (missing.length === 0) return null;
  const names = missing.map((l) => REVIEW_LEVELS[l].zh);
  const route = caseRoute(ctx.caseRow, ctx.parties, ctx.rules.reviewCatalogue ?? DEFAULT_REVIEW_CATALOGUE);
  return refuse(
    'required-reviews-passed',
    `未经${names.join('、')}对现拟处罚决定审核通过${ctx.flags.hearingHeld ? '（听证后须重新审核）' : ''}，不得作出决定（${route.explanation.zh}）`,
    `No decision before the ${missing.map((l) => REVIEW_LEVELS[l].en).join(' and ')} review passes on the current draft (${route.explanation.en})`,
    names,
  );
}
