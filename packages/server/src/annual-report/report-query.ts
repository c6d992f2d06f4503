import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, Tx } from '../context.js';
import type { AnnualReportStatus } from '../db/schema-publicity-reports.js';
import { AppError } from '../errors/app-error.js';
import { annualReportDeadline } from './deadline.js';
import type { AnnualFigures } from './figures.js';

export async function reportRow(db: Tx, year: number, options: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('annual_reports as r')
    .leftJoin('users as s', 's.id', 'r.submitted_by')
    .leftJoin('users as p', 'p.id', 'r.published_by')
    .selectAll('r')
    .select(['s.display_name as submitted_by_name', 'p.display_name as published_by_name'])
    .where('r.year', '=', year);
  if (options.forUpdate) q = q.forUpdate('r');
  return q.executeTakeFirst();
}

export type ReportRow = NonNullable<Awaited<ReturnType<typeof reportRow>>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** A year's report as the API shows it; a year with no draft yet has status 'none' and no figures. */
export async function presentReport(deps: AppDeps, year: number, row: ReportRow | undefined) {
  const calendar = await loadCalendar(deps.db);
  const today = todayInChina();
  return {
    year,
    status: (row?.status ?? 'none') as AnnualReportStatus | 'none',
    version: row?.version ?? 0,
    figures: (row?.figures as unknown as AnnualFigures | undefined) ?? null,
    computedAt: iso(row?.computed_at ?? null),
    computedAsOf: row?.computed_as_of ?? null,
    yearEnded: today > `${year}-12-31`,
    draftedByName: row?.drafted_by_name ?? null,
    draftedBy: row?.drafted_by ?? null,
    submittedAt: iso(row?.submitted_at ?? null),
    submittedByName: row?.submitted_by_name ?? null,
    reviewedAt: iso(row?.reviewed_at ?? null),
    reviewedByName: row?.reviewed_by_name ?? null,
    reviewOpinion: row?.review_opinion ?? null,
    returnedReason: row?.returned_reason ?? null,
    publishedAt: iso(row?.published_at ?? null),
    publishedOn: row?.published_on ?? null,
    publishedByName: row?.published_by_name ?? null,
    deadline: annualReportDeadline(calendar, year, today, row?.published_on ?? null),
  };
}

export type PresentedReport = Awaited<ReturnType<typeof presentReport>>;

export function assertVersion(row: ReportRow | undefined, version: number): void {
  if ((row?.version ?? 0) !== version) throw new AppError('STALE_VERSION');
}

export function assertStatus(
  row: ReportRow | undefined,
  ...allowed: AnnualReportStatus[]
): asserts row is ReportRow {
  if (!row || !allowed.includes(row.status)) throw new AppError('ANNUAL_REPORT_STATUS_INVALID');
}

/** A year the report may be about: from 2019 (the first year of the calendar) to this year. */
export function assertReportYear(year: number): void {
  const current = Number(todayInChina().slice(0, 4));
  if (!Number.isInteger(year) || year < 2019 || year > current) throw new AppError('NOT_FOUND');
}
