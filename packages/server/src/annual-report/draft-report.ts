import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { computeFigures } from './figures.js';
import { assertReportYear, assertVersion, presentReport, reportRow } from './report-query.js';

/**
 * P-11: computes the year's figures from the records and keeps them as the draft (a first draft, or a
 * recomputation of a draft — also one the head returned). Submitted, approved and published reports are
 * not recomputed: what the head approved is what is published.
 */
export async function draftReport(deps: AppDeps, ctx: RequestContext, year: number, version: number) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  assertReportYear(year);
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await reportRow(trx, year, { forUpdate: true });
    assertVersion(before, version);
    if (before && before.status !== 'draft') throw new AppError('ANNUAL_REPORT_STATUS_INVALID');
    const figures = await computeFigures(trx, year);
    const values = {
      figures: JSON.stringify(figures),
      computed_at: new Date(),
      computed_as_of: figures.asOf,
      drafted_by: actor.userId,
      drafted_by_name: actor.displayName,
    };
    if (before)
      await trx
        .updateTable('annual_reports')
        .set({ ...values, version: before.version + 1 })
        .where('year', '=', year)
        .execute();
    else
      await trx
        .insertInto('annual_reports')
        .values({ year, status: 'draft', ...values })
        .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'annual-report.drafted',
      targetType: 'annual_report',
      targetId: String(year),
      changes: { computedAsOf: { before: before?.computed_as_of ?? null, after: figures.asOf } },
    });
    return reportRow(trx, year);
  });
  return presentReport(deps, year, row);
}
