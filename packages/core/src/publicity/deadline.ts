import { computeDeadline, type Deadline } from '../calendar/deadline.js';
import { assertIsoDate, daysInMonth, yearOf } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { DEFAULT_PUBLICITY_POLICY, type PublicationKind, type PublicationPolicy } from './policy.js';

// P-01: every publication deadline is computed here, from the policy's rule for its kind.

export interface PublicationDue {
  kind: PublicationKind;
  /** The triggering event's day (decision, result, revocation, request; for the annual report any day of the year). */
  from: string;
  due: string;
  /** The readable rule, e.g. '作出处罚决定之日起7个工作日内'. */
  rule: string;
  ruleEn: string;
  /** The working-day computation behind it, when the rule counts working days. */
  deadline: Deadline | null;
}

export function publicationDue(
  calendar: WorkingCalendar,
  kind: PublicationKind,
  from: string,
  policy: Record<PublicationKind, PublicationPolicy> = DEFAULT_PUBLICITY_POLICY,
): PublicationDue {
  assertIsoDate(from, 'from');
  const p = policy[kind];
  if (!p) throw new RangeError(`unknown publication kind ${JSON.stringify(kind)}`);
  const r = p.deadline;
  if (r.kind === 'working-days') {
    const rule = `${r.from}起${r.days}个工作日内`;
    const deadline = computeDeadline(calendar, { from, days: r.days, unit: 'working', rule: p.basis });
    return {
      kind,
      from,
      due: deadline.due,
      rule,
      ruleEn: `within ${r.days} working days of ${r.fromEn}`,
      deadline,
    };
  }
  const next = yearOf(from) + 1;
  const due = `${next}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
  return {
    kind,
    from,
    due,
    rule: `次年${r.month}月${r.day}日前`,
    ruleEn: `by ${r.day} ${r.month === 1 ? 'January' : `month ${r.month}`} of the following year`,
    deadline: null,
  };
}

/** The last day an item stays public, or null when its kind has no public period. */
export function publicUntil(
  kind: PublicationKind,
  publishedOn: string,
  partyType: 'person' | 'organisation' | null,
  policy: Record<PublicationKind, PublicationPolicy> = DEFAULT_PUBLICITY_POLICY,
): string | null {
  assertIsoDate(publishedOn, 'publishedOn');
  const period = policy[kind].publicPeriod;
  const years = partyType === 'person' ? (period.naturalPersonYears ?? period.years) : period.years;
  if (years === null) return null;
  return addYears(publishedOn, years);
}

/** The same day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string {
  assertIsoDate(date);
  const y = yearOf(date) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
