import { publicationDue, type WorkingCalendar } from '@sanxiang/core';

// P-11: the annual report is due by the day the publicity policy (core publicity/policy.ts, kind
// 'annual-report': 10 January of the following year, 皋城管发〔2019〕77号) names; nothing here holds the date.

export interface ReportDeadline {
  due: string;
  rule: string;
  ruleEn: string;
  /** Not published and the due day has passed. */
  overdue: boolean;
  /** Published after the due day. */
  publishedLate: boolean;
}

export function annualReportDeadline(
  calendar: WorkingCalendar,
  year: number,
  today: string,
  publishedOn: string | null,
): ReportDeadline {
  const d = publicationDue(calendar, 'annual-report', `${year}-12-31`);
  return {
    due: d.due,
    rule: d.rule,
    ruleEn: d.ruleEn,
    overdue: publishedOn === null && today > d.due,
    publishedLate: publishedOn !== null && publishedOn > d.due,
  };
}
