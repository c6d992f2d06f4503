import { DEFAULT_REVIEW_CATALOGUE, REVIEW_LEVELS, type ReviewLevel } from '@sanxiang/core';
import { caseRoute } from '../../review/case-route.js';
import { latestOnDraft, missingLevels } from '../../review/gate.js';
import type { ReviewRow } from '../types.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 58 (L-04 gate). The levels come from core's routing with the catalogue in force (L-03:
// review/case-route.ts): the brigade legal section for every case outside the on-the-spot procedure, the
// bureau regulation section too for a case in the catalogue. The record is case_reviews, appended by the
// opinion of a review round (review/give-opinion.ts). A level has passed when its latest review made on
// the current draft decision (same draft digest, cases/penalty.ts) approved it: changing the draft after an
// approval voids it. After a hearing only reviews made after it count. review/gate.ts holds the rule, so
// issuing the decision document asks the same.
export function requiredLevels(ctx: GuardContext): ReviewLevel[] {
  const route = caseRoute(ctx.caseRow, ctx.parties, ctx.rules.reviewCatalogue ?? DEFAULT_REVIEW_CATALOGUE);
  return route.levels.length > 0 ? route.levels : ['brigade'];
}

export function latestReview(ctx: GuardContext, level: ReviewLevel): ReviewRow | undefined {
  return latestOnDraft(ctx.reviews, level, ctx.draftDigest, ctx.flags);
}

export function requiredReviewsPassed(ctx: GuardContext) {
  const catalogue = ctx.rules.reviewCatalogue ?? DEFAULT_REVIEW_CATALOGUE;
  const missing = missingLevels(ctx.caseRow, ctx.parties, ctx.reviews, catalogue);
  if (missing.length === 0) return null;
  const names = missing.map((l) => REVIEW_LEVELS[l].zh);
  const route = caseRoute(ctx.caseRow, ctx.parties, catalogue);
  return refuse(
    'required-reviews-passed',
    `未经${names.join('、')}对现拟处罚决定审核通过${ctx.flags.hearingHeld ? '（听证后须重新审核）' : ''}，不得作出决定（${route.explanation.zh}）`,
    `No decision before the ${missing.map((l) => REVIEW_LEVELS[l].en).join(' and ')} review passes on the current draft (${route.explanation.en})`,
    names,
  );
}
