import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { assertCaseReadable } from '../case-access/case-readable.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadBundle, loadCaseRow } from './load-case.js';
import { presentCase } from './present-case.js';

/** One case for a reader in scope. A case file is a protected record, so the read leaves an access event. */
export async function getCase(deps: AppDeps, ctx: RequestContext, id: string) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  // the unit scope, or a valid cross-unit grant (case-access/); the read records which.
  const row = await loadCaseRow(deps.db, id, null);
  const read = await assertCaseReadable(deps.db, actor, row);
  await deps.db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'case.viewed',
      targetType: 'case',
      targetId: id,
      reason: read.requestId ? `grant:${read.requestId}` : null,
    }),
  );
  return presentFresh(deps, ctx, row.id);
}

/** The Case object as it stands now (after a write, for its response). */
export async function presentFresh(deps: AppDeps, ctx: RequestContext, id: string) {
  const row = await loadCaseRow(deps.db, id, null);
  const bundle = await loadBundle(
    deps.db,
    await loadCalendar(deps.db),
    row,
    ctx.actor!,
    todayInChina(),
    new Date(),
  );
  return presentCase(deps.db, bundle);
}
