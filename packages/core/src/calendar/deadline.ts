import { explainDeadline } from './explain-deadline.js';
import { addDays, assertIsoDate, yearOf } from './iso-date.js';
import { assertCount, MAX_PERIOD_DAYS, type WorkingCalendar } from './working-calendar.js';

/**
 * 'working' for the short periods the statutes count in working days (行政处罚法 art. 85: 2/3/5/7 日;
 * 行政强制法 art. 69: ten days or less); 'calendar' for the longer ones (15, 60, 90 日).
 */
export type DeadlineUnit = 'working' | 'calendar';

/** 中止: the clock stops on these days (both ends included) and resumes afterwards. */
export interface Suspension {
  from: string;
  to: string;
  reason: string;
}

/** 延期: an approved extension, counted in the deadline's own unit. */
export interface Extension {
  days: number;
  reason: string;
}

export interface DeadlineSpec {
  /** The day of the triggering event (立案, 送达 …); it is not itself counted. */
  from: string;
  days: number;
  unit: DeadlineUnit;
  /** The provision the period comes from, e.g. '行政处罚法第六十一条'. */
  rule?: string;
  suspensions?: readonly Suspension[];
  extensions?: readonly Extension[];
}

export interface AppliedSuspension extends Suspension {
  /** Days of this suspension, in the deadline's unit, that fell inside the running period. */
  daysNotCounted: number;
}

export type DeadlineWarningCode = 'CALENDAR_YEAR_NOT_COVERED' | 'SUSPENSION_OUTSIDE_PERIOD';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  message: string;
  messageEn: string;
}

export interface Deadline {
  from: string;
  days: number;
  unit: DeadlineUnit;
  rule?: string;
  /** The day after `from`: the first day of the period. */
  start: string;
  due: string;
  /** `days` plus every extension. */
  totalDays: number;
  /** Days (in `unit`) that suspensions took out of the count, which pushed `due` later by as many. */
  suspendedDays: number;
  /** Set when a calendar-day period's last day was a rest day and the end moved (民事诉讼法 art. 85). */
  movedFrom?: string;
  suspensions: AppliedSuspension[];
  extensions: Extension[];
  explanation: string;
  explanationEn: string;
  warnings: DeadlineWarning[];
}

/**
 * When a period ends. The event day is not counted (民事诉讼法 art. 85, applied by analogy to 行政处罚法
 * and 行政强制法). Working-day periods skip weekends and holidays and count 调休 make-up days (行政处罚法
 * art. 85, 行政强制法 art. 69). A calendar-day period whose last day is a rest day ends on the next working
 * day (民事诉讼法 art. 85 third paragraph). Days inside a suspension are not counted; an extension adds
 * days in the same unit.
 */
export function computeDeadline(cal: WorkingCalendar, spec: DeadlineSpec): Deadline {
  assertIsoDate(spec.from, 'from');
  assertCount(spec.days, 'days');
  if (spec.unit !== 'working' && spec.unit !== 'calendar') {
    throw new RangeError(`unit must be 'working' or 'calendar', got ${JSON.stringify(spec.unit)}`);
  }
  const extensions = (spec.extensions ?? []).map((e, i) => {
    assertCount(e.days, `extensions[${i}].days`);
    return { days: e.days, reason: e.reason };
  });
  const suspensions = (spec.suspensions ?? [])
    .map((s, i) => {
      assertIsoDate(s.from, `suspensions[${i}].from`);
      assertIsoDate(s.to, `suspensions[${i}].to`);
      if (s.to < s.from)
        throw new RangeError(`suspensions[${i}] ends (${s.to}) before it starts (${s.from})`);
      return { from: s.from, to: s.to, reason: s.reason, daysNotCounted: 0 };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  const totalDays = spec.days + extensions.reduce((sum, e) => sum + e.days, 0);
  if (totalDays > MAX_PERIOD_DAYS) throw new RangeError(`days with extensions exceed ${MAX_PERIOD_DAYS}`);

  // Walk forward from the event day. A day counts if it is in the unit (any day, or a working day) and
  // not suspended; a suspended day that would have counted is recorded against its suspension instead.
  // The loop stops on the day that completes the count, so `lastCounted` ends as that day.
  let lastCounted = spec.from;
  let counted = 0;
  let suspendedDays = 0;
  while (counted < totalDays) {
    const day = addDays(lastCounted, 1);
    lastCounted = day;
    if (spec.unit === 'working' && !cal.isWorkingDay(day)) continue;
    const suspension = suspensions.find((s) => s.from <= day && day <= s.to);
    if (suspension) {
      suspension.daysNotCounted++;
      suspendedDays++;
      continue;
    }
    counted++;
  }

  const due = spec.unit === 'calendar' ? cal.nextWorkingDayOnOrAfter(lastCounted) : lastCounted;
  const start = addDays(spec.from, 1);

  const deadline: Deadline = {
    from: spec.from,
    days: spec.days,
    unit: spec.unit,
    ...(spec.rule === undefined ? {} : { rule: spec.rule }),
    start,
    due,
    totalDays,
    suspendedDays,
    ...(due === lastCounted ? {} : { movedFrom: lastCounted }),
    suspensions,
    extensions,
    explanation: '',
    explanationEn: '',
    warnings: warningsFor(cal, start, due, suspensions),
  };
  const text = explainDeadline(cal, deadline, lastCounted);
  deadline.explanation = text.zh;
  deadline.explanationEn = text.en;
  return deadline;
}

function warningsFor(
  cal: WorkingCalendar,
  start: string,
  due: string,
  suspensions: readonly AppliedSuspension[],
): DeadlineWarning[] {
  const warnings: DeadlineWarning[] = [];
  // A zero-day period is empty (due is the event day itself); then only the due date's year matters.
  const first = due < start ? yearOf(due) : yearOf(start);
  for (let year = first; year <= yearOf(due); year++) {
    if (cal.isCovered(year)) continue;
    // Without the notice, holidays and 调休 days of that year are unknown: the due date is provisional
    // and moves once an administrator loads the notice.
    warnings.push({
      code: 'CALENDAR_YEAR_NOT_COVERED',
      message: `${year}年国务院节假日安排通知尚未载入，该年仅按周末计算休息日；通知载入后截止日期可能变化。`,
      messageEn: `The State Council holiday notice for ${year} is not loaded, so only weekends were counted as rest days that year; the due date may change once it is loaded.`,
    });
  }
  for (const s of suspensions) {
    if (s.daysNotCounted > 0) continue;
    warnings.push({
      code: 'SUSPENSION_OUTSIDE_PERIOD',
      message: `中止期间${s.from}至${s.to}（${s.reason}）不在期限计算范围内（或均为非工作日），未影响截止日期。`,
      messageEn: `The suspension ${s.from}..${s.to} (${s.reason}) lies outside the running period (or on rest days only) and did not change the due date.`,
    });
  }
  return warnings;
}
