import { type ReviewTimeLimits, reviewClock, type WorkingCalendar } from '@sanxiang/core';
import type { ReviewRequestRow } from '../db/schema-review.js';

/** The time limit of a round, computed on read from its own figures (nothing stores a due date). */
export function clockOf(cal: WorkingCalendar, r: ReviewRequestRow, today: string) {
  const limits: ReviewTimeLimits = { days: r.limit_days, complexExtraDays: r.extra_days };
  return reviewClock(cal, r.submitted_on, limits, {
    complexApproved: r.extra_days > 0,
    today,
    concludedOn: r.status === 'pending' ? null : (r.concluded_on ?? r.submitted_on),
  });
}
