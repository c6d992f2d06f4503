import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { visibleUnitIds } from '../people/scope.js';
import { clockOf } from './clocks.js';

interface Tally {
  key: string;
  name: string;
  reviews: number;
  agreed: number;
  returned: number;
  disagreed: number;
  totalDays: number;
  pending: number;
  overdue: number;
  returnsByReason: Record<string, number>;
}

const tally = (key: string, name: string): Tally => ({
  key,
  name,
  reviews: 0,
  agreed: 0,
  returned: 0,
  disagreed: 0,
  totalDays: 0,
  pending: 0,
  overdue: 0,
  returnsByReason: {},
});

/**
 * 审核统计 (issue item 8): per reviewer and per handling unit, over rounds concluded in [from, to]: reviews,
 * pass rate (同意 / concluded), average working days from submission to opinion, returns by reason (the
 * review items found with a problem in returned rounds); and what waits now, overdue included.
 */
export async function reviewFigures(deps: AppDeps, ctx: RequestContext, q: { from: string; to: string }) {
  const cal = await loadCalendar(deps.db);
  const today = todayInChina();
  const units = await visibleUnitIds(deps.db, ctx.actor!);
  let query = deps.db
    .selectFrom('review_requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('units as un', 'un.id', 'c.unit_id')
    .leftJoin('users as rv', 'rv.id', 'r.reviewer_id')
    .selectAll('r')
    .select(['c.unit_id', 'un.name as unit_name', 'rv.display_name as reviewer_name'])
    .where('r.status', '!=', 'superseded')
    .where((eb) =>
      eb.or([
        eb('r.status', '=', 'pending'),
        eb.and([eb('r.concluded_on', '>=', q.from), eb('r.concluded_on', '<=', q.to)]),
      ]),
    );
  if (units) query = query.where('c.unit_id', 'in', units.length ? units : ['—']);
  const rows = await query.execute();
  const byReviewer = new Map<string, Tally>();
  const byUnit = new Map<string, Tally>();
  const total = tally('all', '合计');
  for (const r of rows) {
    const targets = [
      total,
      byUnit.get(r.unit_id) ?? byUnit.set(r.unit_id, tally(r.unit_id, r.unit_name)).get(r.unit_id)!,
    ];
    if (r.reviewer_id)
      targets.push(
        byReviewer.get(r.reviewer_id) ??
          byReviewer
            .set(r.reviewer_id, tally(r.reviewer_id, r.reviewer_name ?? r.reviewer_id))
            .get(r.reviewer_id)!,
      );
    const clock = clockOf(cal, r, today);
    for (const t of targets) {
      if (r.status === 'pending') {
        t.pending++;
        if (clock.overdue) t.overdue++;
        continue;
      }
      t.reviews++;
      t.totalDays += cal.workingDaysBetween(r.submitted_on, r.concluded_on ?? r.submitted_on);
      if (r.status === 'agreed') t.agreed++;
      if (r.status === 'returned') {
        t.returned++;
        const items = (typeof r.items === 'string' ? JSON.parse(r.items) : r.items) as
          | { code: string; finding: string }[]
          | null;
        for (const i of items ?? [])
          if (i.finding === 'problem') t.returnsByReason[i.code] = (t.returnsByReason[i.code] ?? 0) + 1;
      }
      if (r.status === 'disagreed') t.disagreed++;
    }
  }
  const present = (t: Tally) => ({
    key: t.key,
    name: t.name,
    reviews: t.reviews,
    agreed: t.agreed,
    returned: t.returned,
    disagreed: t.disagreed,
    passRate: t.reviews ? t.agreed / t.reviews : null,
    averageDays: t.reviews ? Math.round((t.totalDays / t.reviews) * 10) / 10 : null,
    pending: t.pending,
    overdue: t.overdue,
    returnsByReason: t.returnsByReason,
  });
  await deps.db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'review.viewed',
      targetType: 'review_figures',
      reason: `${q.from}…${q.to}`,
    }),
  );
  return {
    from: q.from,
    to: q.to,
    total: present(total),
    byReviewer: [...byReviewer.values()].map(present).sort((a, b) => b.reviews - a.reviews),
    byUnit: [...byUnit.values()].map(present).sort((a, b) => b.reviews - a.reviews),
  };
}
