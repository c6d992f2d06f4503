import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { AnnualReportStatus } from '../db/schema-publicity-reports.js';
import { AppError } from '../errors/app-error.js';
import { assertReportYear, assertStatus, assertVersion, presentReport, reportRow } from './report-query.js';

// P-11 workflow: draft → submitted (publicity officer) → approved or returned to draft (bureau head) →
// published (publicity officer). Each step names the version it acts on, so nobody approves figures
// they have not seen.

export type ReportStep =
  | { step: 'submit' }
  | { step: 'approve'; opinion: string }
  | { step: 'return'; opinion: string }
  | { step: 'publish' };

const FROM: Record<ReportStep['step'], AnnualReportStatus> = {
  submit: 'draft',
  approve: 'submitted',
  return: 'submitted',
  publish: 'approved',
};

const OPERATION = {
  submit: 'annual-report.submitted',
  approve: 'annual-report.approved',
  return: 'annual-report.returned',
  publish: 'annual-report.published',
} as const;

export async function transitionReport(
  deps: AppDeps,
  ctx: RequestContext,
  year: number,
  version: number,
  s: ReportStep,
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  assertReportYear(year);
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await reportRow(trx, year, { forUpdate: true });
    assertStatus(before, FROM[s.step]);
    assertVersion(before, version);
    const now = new Date();
    const today = todayInChina(now);
    let set: Record<string, unknown>;
    let to: AnnualReportStatus;
    switch (s.step) {
      case 'submit':
        // The figures must cover the whole year: computed after 31 December.
        if (before.computed_as_of < `${year}-12-31` || today <= `${year}-12-31`)
          throw new AppError('ANNUAL_REPORT_YEAR_OPEN');
        to = 'submitted';
        set = { submitted_by: actor.userId, submitted_at: now, returned_reason: null };
        break;
      case 'approve':
      case 'return':
        if (before.drafted_by === actor.userId || before.submitted_by === actor.userId)
          throw new AppError('ANNUAL_REPORT_OWN_DRAFT');
        to = s.step === 'approve' ? 'approved' : 'draft';
        set = {
          reviewed_by: actor.userId,
          reviewed_by_name: actor.displayName,
          reviewed_at: now,
          review_opinion: s.opinion,
          returned_reason: s.step === 'return' ? s.opinion : null,
        };
        break;
      case 'publish':
        to = 'published';
        set = { published_by: actor.userId, published_at: now, published_on: today };
        break;
    }
    await trx
      .updateTable('annual_reports')
      .set({ ...set, status: to, version: before.version + 1 })
      .where('year', '=', year)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: OPERATION[s.step],
      targetType: 'annual_report',
      targetId: String(year),
      changes: { status: { before: before.status, after: to } },
      reason: 'opinion' in s ? s.opinion : null,
    });
    return reportRow(trx, year);
  });
  return presentReport(deps, year, row);
}
