import type { WorkingCalendar } from '../calendar/working-calendar.js';

// 法制审核时限 (L-04; DOMAIN.md "Legal review": no national figure, local examples 7 working days, +3 when
// complex). Configuration with defaults; counted with the working calendar (holidays and 调休 days).

export interface ReviewTimeLimits {
  /** Working days from submission to opinion. */
  days: number;
  /** Working days added for a complex case, with a head's approval. */
  complexExtraDays: number;
}

export const DEFAULT_REVIEW_TIME_LIMITS: ReviewTimeLimits = { days: 7, complexExtraDays: 3 };

export interface ReviewClock {
  dueOn: string;
  days: number;
  /** Working days left (negative when overdue), counted to `today`. */
  daysLeft: number;
  overdue: boolean;
  explanation: { zh: string; en: string };
}

/**
 * The due date of a review submitted on `submittedOn`: the period starts the next day and ends on the last
 * working day of `days` (+ the complex extension when approved). Overdue when today is after that and no
 * opinion has been given (`concludedOn` ends the clock).
 */
export function reviewClock(
  cal: WorkingCalendar,
  submittedOn: string,
  limits: ReviewTimeLimits,
  options: { complexApproved: boolean; today: string; concludedOn?: string | null },
): ReviewClock {
  const days = limits.days + (options.complexApproved ? limits.complexExtraDays : 0);
  const dueOn = cal.addWorkingDays(submittedOn, days);
  const until = options.concludedOn ?? options.today;
  const overdue = until > dueOn;
  const daysLeft = overdue
    ? -cal.workingDaysBetween(dueOn, until)
    : until === dueOn
      ? 0
      : cal.workingDaysBetween(until, dueOn);
  const extra = options.complexApproved ? `（含复杂案件经批准延长${limits.complexExtraDays}个工作日）` : '';
  const extraEn = options.complexApproved
    ? ` (incl. ${limits.complexExtraDays} for a complex case, approved)`
    : '';
  return {
    dueOn,
    days,
    daysLeft,
    overdue,
    explanation: {
      zh: `${submittedOn}送审，${days}个工作日${extra}，应于${dueOn}前出具审核意见`,
      en: `Submitted ${submittedOn}; ${days} working days${extraEn}; opinion due by ${dueOn}`,
    },
  };
}
