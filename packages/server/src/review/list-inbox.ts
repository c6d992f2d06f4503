import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { visibleUnitIds } from '../people/scope.js';
import { clockOf } from './clocks.js';
import { presentRequest } from './present.js';
import { levelOfRoles } from './reviewers.js';

export interface InboxQuery {
  view?: 'mine' | 'all' | undefined;
  overdue?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * 待审核 (L-04 time limits): rounds waiting for an opinion, overdue first, then by due date. A reviewer sees
 * the rounds of their level assigned to them or to nobody yet ('mine'), or every round of their level
 * ('all'); the supervision centre and the head see every waiting round in their data scope, so an overdue
 * review is in front of the supervision centre without anyone forwarding it.
 */
export async function listInbox(deps: AppDeps, ctx: RequestContext, q: InboxQuery) {
  const actor = ctx.actor!;
  const cal = await loadCalendar(deps.db);
  const today = todayInChina();
  const level = levelOfRoles(actor.roles);
  const units = await visibleUnitIds(deps.db, actor);
  let query = deps.db
    .selectFrom('review_requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('units as un', 'un.id', 'c.unit_id')
    .leftJoin('users as rv', 'rv.id', 'r.reviewer_id')
    .leftJoin('users as sb', 'sb.id', 'r.submitted_by')
    .selectAll('r')
    .select([
      'c.case_no',
      'c.summary',
      'c.stage',
      'c.unit_id',
      'un.name as unit_name',
      'rv.display_name as reviewer_name',
      'sb.display_name as submitter_name',
    ])
    .where('r.status', '=', 'pending');
  if (units) query = query.where('c.unit_id', 'in', units.length ? units : ['—']);
  if (level) {
    query = query.where('r.level', '=', level);
    if ((q.view ?? 'mine') === 'mine')
      query = query.where((eb) =>
        eb.or([eb('r.reviewer_id', '=', actor.userId), eb('r.reviewer_id', 'is', null)]),
      );
  }
  const rows = await query.execute();
  const items = rows
    .map((r) => ({
      ...presentRequest(r, clockOf(cal, r, today), {
        reviewer: r.reviewer_name,
        submitter: r.submitter_name,
      }),
      caseNo: r.case_no,
      summary: r.summary,
      unitId: r.unit_id,
      unitName: r.unit_name,
    }))
    .filter((r) => !q.overdue || r.overdue)
    .sort((a, b) =>
      a.overdue !== b.overdue
        ? a.overdue
          ? -1
          : 1
        : (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.round - b.round,
    );
  await deps.db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'review.viewed',
      targetType: 'review_inbox',
      reason: q.view ?? 'mine',
    }),
  );
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  return {
    total: items.length,
    overdue: items.filter((i) => i.overdue).length,
    page,
    pageSize,
    items: items.slice((page - 1) * pageSize, page * pageSize),
  };
}
