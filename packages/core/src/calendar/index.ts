export {
  type AppliedSuspension,
  computeDeadline,
  type Deadline,
  type DeadlineSpec,
  type DeadlineUnit,
  type DeadlineWarning,
  type DeadlineWarningCode,
  type Extension,
  type Suspension,
} from './deadline.js';
export { addDays, isIsoDate, type Weekday, weekdayOf } from './iso-date.js';
export {
  type CalendarOverride,
  type DayInfo,
  type DayKind,
  MAX_PERIOD_DAYS,
  WorkingCalendar,
} from './working-calendar.js';
