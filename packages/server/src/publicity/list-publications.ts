import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { presentPublication } from './present.js';

export interface ListPublicationsInput {
  view: 'queue' | 'all';
  status?: 'draft' | 'published' | 'withdrawn' | 'taken-down' | 'barred' | undefined;
  kind?: 'penalty-decision' | 'inspection-result' | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * The publicity officer's queue (view 'queue'): drafts awaiting review and published items whose decision
 * fell, earliest deadline first, so whatever is overdue heads the list. View 'all' lists every item,
 * newest first. Visible to the supervision centre too (read-only).
 */
export async function listPublications(deps: AppDeps, input: ListPublicationsInput) {
  const today = todayInChina();
  const cal = await loadCalendar(deps.db);
  let query = deps.db.selectFrom('publications');
  if (input.kind) query = query.where('kind', '=', input.kind);
  if (input.q) {
    const like = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([eb('title', 'like', like), eb('source_ref', 'like', like), eb('party_name', 'like', like)]),
    );
  }
  if (input.view === 'queue') {
    const rows = await query
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('status', '=', 'draft'),
          eb.and([eb('status', '=', 'published'), eb('withdrawal_due_from', 'is not', null)]),
        ]),
      )
      .execute();
    let items = rows.map((r) => presentPublication(r, cal, today));
    if (input.status) items = items.filter((i) => i.status === input.status);
    const dueOf = (i: (typeof items)[number]) => (i.withdrawal ?? i.publication)!;
    if (input.overdue !== undefined) items = items.filter((i) => dueOf(i).overdue === input.overdue);
    items.sort((a, b) => dueOf(a).due.localeCompare(dueOf(b).due) || a.title.localeCompare(b.title));
    const start = (input.page - 1) * input.pageSize;
    return {
      items: items.slice(start, start + input.pageSize),
      total: items.length,
      page: input.page,
      pageSize: input.pageSize,
    };
  }
  if (input.status) query = query.where('status', '=', input.status);
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map((r) => presentPublication(r, cal, today)),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The figures at the top of the queue, and on the supervision centre's board: what is late. */
export async function publicitySummary(deps: AppDeps) {
  const today = todayInChina();
  const cal = await loadCalendar(deps.db);
  const queue = await listPublications(deps, { view: 'queue', page: 1, pageSize: 100_000 });
  const corrections = await deps.db
    .selectFrom('publication_corrections')
    .selectAll()
    .where('status', '=', 'open')
    .execute();
  const { presentCorrection } = await import('./present.js');
  const open = corrections.map((c) => presentCorrection(c, cal, today));
  const drafts = queue.items.filter((i) => i.publication);
  const withdrawals = queue.items.filter((i) => i.withdrawal);
  return {
    drafts: drafts.length,
    overdueDrafts: drafts.filter((i) => i.publication!.overdue).length,
    pendingWithdrawals: withdrawals.length,
    overdueWithdrawals: withdrawals.filter((i) => i.withdrawal!.overdue).length,
    openCorrections: open.length,
    overdueCorrections: open.filter((c) => c.due!.overdue).length,
  };
}
