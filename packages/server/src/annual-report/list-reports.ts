import { todayInChina } from '../clock.js';
import type { AppDeps } from '../context.js';
import { presentReport, reportRow } from './report-query.js';

/**
 * The reports of every year that has one, plus this year and last year even before a draft exists (so
 * the one due next January is visible, and an overdue one shows up), newest first.
 */
export async function listReports(deps: AppDeps) {
  const current = Number(todayInChina().slice(0, 4));
  const stored = await deps.db.selectFrom('annual_reports').select('year').execute();
  const years = [...new Set([current, current - 1, ...stored.map((r) => r.year)])].sort((a, b) => b - a);
  const items = [];
  for (const year of years) {
    const p = await presentReport(deps, year, await reportRow(deps.db, year));
    items.push({ ...p, figures: null });
  }
  return { items };
}

/** One year's report, figures included. */
export async function getReport(deps: AppDeps, year: number) {
  return presentReport(deps, year, await reportRow(deps.db, year));
}

/** The published report of a year, or null: what the portal and its downloads show. */
export async function getPublishedReport(deps: AppDeps, year: number) {
  if (!Number.isInteger(year)) return null;
  const row = await reportRow(deps.db, year);
  if (row?.status !== 'published') return null;
  return presentReport(deps, year, row);
}

export async function listPublishedYears(deps: AppDeps) {
  const rows = await deps.db
    .selectFrom('annual_reports')
    .select(['year', 'published_on'])
    .where('status', '=', 'published')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ year: r.year, publishedOn: r.published_on! }));
}
