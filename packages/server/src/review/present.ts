import { REVIEW_LEVELS, type ReviewClock } from '@sanxiang/core';
import type { ReviewRequestRow } from '../db/schema-review.js';

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** What leaves the API about one review round. */
export function presentRequest(
  r: ReviewRequestRow,
  clock: ReviewClock | null,
  names: { reviewer?: string | null; submitter?: string | null } = {},
) {
  const route = parse<{ levels: string[]; explanation: { zh: string; en: string } }>(r.route);
  return {
    id: r.id,
    caseId: r.case_id,
    round: r.round,
    level: r.level,
    levelName: REVIEW_LEVELS[r.level].zh,
    caseStage: r.case_stage,
    status: r.status,
    materials: parse<Record<string, unknown>>(r.materials),
    route: { levels: route.levels, explanation: route.explanation },
    catalogueVersion: r.catalogue_version,
    submittedBy: r.submitted_by,
    submitterName: names.submitter ?? null,
    submittedOn: r.submitted_on,
    reviewerId: r.reviewer_id,
    reviewerName: names.reviewer ?? null,
    limitDays: r.limit_days,
    extraDays: r.extra_days,
    extensionReason: r.extension_reason,
    items: parse<{ code: string; finding: string; comment: string }[] | null>(r.items),
    opinion: r.opinion,
    opinionText: r.opinion_text,
    concludedOn: r.concluded_on,
    dueOn: clock?.dueOn ?? null,
    daysLeft: clock?.daysLeft ?? null,
    overdue: clock?.overdue ?? false,
    clockExplanation: clock?.explanation ?? null,
  };
}

export type PresentedRequest = ReturnType<typeof presentRequest>;
