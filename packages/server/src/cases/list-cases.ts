import { PROCEDURES, stageOf } from '@sanxiang/core';
import type { z } from 'zod';
import { loadCalendar } from '../calendar/load-calendar.js';
import { grantedCaseIds } from '../case-access/case-readable.js';
import { addDays, todayInChina } from '../clock.js';
import type { Actor, AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { visibleUnitIds } from '../people/scope.js';
import { loadUnitTree } from '../people/unit-tree.js';
import { type DeadlineView, viewDeadline } from './deadlines.js';
import { loadLocalRules } from './local-rules.js';
import type { listCasesQuery } from './schemas.js';

// The case list (issue item 7): filters, the caller's data scope, pagination, and for each case the nearest
// running deadline with due-soon/overdue. The deadlines shown are computed through the calendar
// (deadlines.ts); the due=soon|overdue filter reads the due dates stored beside them (store-due-dates.ts).

const like = containsPattern;

export async function listCases(deps: AppDeps, actor: Actor, input: z.infer<typeof listCasesQuery>) {
  const db = deps.db;
  const today = todayInChina();
  const visible = await visibleUnitIds(db, actor);
  let q = db.selectFrom('cases as c');
  if (visible) {
    // R-08: plus the other units' cases a valid cross-unit grant lets the caller read now.
    const units = visible.length ? visible : [''];
    const granted = await grantedCaseIds(db, actor);
    q = granted.length
      ? q.where((eb) => eb.or([eb('c.unit_id', 'in', units), eb('c.id', 'in', granted)]))
      : q.where('c.unit_id', 'in', units);
  }
  if (input.unitId)
    q = q.where('c.unit_id', 'in', (await loadUnitTree(db)).subtree(input.unitId).concat(['']));
  if (input.stage) q = q.where('c.stage', '=', input.stage);
  if (input.procedure) q = q.where('c.procedure', '=', input.procedure);
  if (input.status) q = q.where('c.status', '=', input.status);
  if (input.matter) q = q.where('c.matter_code', '=', input.matter);
  if (input.officer) {
    const officer = input.officer;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('case_officers as o')
          .select('o.case_id')
          .whereRef('o.case_id', '=', 'c.id')
          .where('o.person_id', '=', officer)
          .where('o.recused_at', 'is', null),
      ),
    );
  }
  if (input.party) {
    const name = like(input.party);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('case_parties as p')
          .select('p.id')
          .whereRef('p.case_id', '=', 'c.id')
          .where('p.name', 'like', name),
      ),
    );
  }
  if (input.q) {
    const s = like(input.q);
    q = q.where((eb) =>
      eb.or([
        eb('c.summary', 'like', s),
        eb('c.place', 'like', s),
        eb('c.case_no', 'like', s),
        eb('c.source_no', 'like', s),
      ]),
    );
  }

  const [calendar, rules] = await Promise.all([loadCalendar(db), loadLocalRules(db)]);
  const nearest = async (ids: string[]) => {
    const out = new Map<string, DeadlineView>();
    if (ids.length === 0) return out;
    const rows = await db
      .selectFrom('case_deadlines')
      .selectAll()
      .where('case_id', 'in', ids)
      .where('status', '=', 'running')
      .execute();
    for (const r of rows) {
      const v = viewDeadline(r, calendar, rules, today);
      if (v.limitKind !== 'deadline' && out.has(r.case_id)) continue;
      const seen = out.get(r.case_id);
      // A deadline to meet comes before a waiting period; among those, the earliest due date.
      const better =
        !seen ||
        (v.limitKind === 'deadline' && seen.limitKind === 'wait') ||
        (v.limitKind === seen.limitKind && v.due < seen.due);
      if (better) out.set(r.case_id, v);
    }
    return out;
  };

  let ids: string[];
  let total: number;
  let deadlines: Map<string, DeadlineView>;
  if (input.due) {
    // Due-soon/overdue by the stored due dates (store-due-dates.ts) through their partial index: a case is
    // overdue when its earliest running deadline has passed, due soon when that earliest one falls within
    // the local rules' days. Suspended clocks (no due date) are neither, as on the case itself.
    const limit = input.due === 'overdue' ? addDays(today, -1) : addDays(today, rules.dueSoonDays);
    const nearestDue = db
      .selectFrom('case_deadlines as d')
      .select((eb) => ['d.case_id', eb.fn.min<string>('d.due_on').as('due')])
      .where('d.status', '=', 'running')
      .where('d.limit_kind', '=', 'deadline')
      .where('d.due_on', 'is not', null)
      .where('d.due_on', '<=', limit)
      .groupBy('d.case_id')
      .$if(input.due === 'soon', (n) => n.having((eb) => eb.fn.min('d.due_on'), '>=', today));
    const inFilter = q.innerJoin(nearestDue.as('n'), 'n.case_id', 'c.id');
    ({ ids, total } = await pageWithTotal(
      inFilter
        .select((eb) => ['c.id', eb.fn.countAll<string>().over().as('total')])
        .orderBy('n.due')
        .orderBy('c.id'),
      inFilter.select((eb) => eb.fn.countAll<string>().as('n')),
      input,
    ));
    deadlines = await nearest(ids);
  } else {
    ({ ids, total } = await pageWithTotal(
      q
        .select((eb) => ['c.id', eb.fn.countAll<string>().over().as('total')])
        .orderBy('c.updated_at', 'desc')
        .orderBy('c.id'),
      q.select((eb) => eb.fn.countAll<string>().as('n')),
      input,
    ));
    deadlines = await nearest(ids);
  }
  if (ids.length === 0) return { items: [], total, page: input.page, pageSize: input.pageSize };

  const [rows, parties, officers, matters] = await Promise.all([
    db
      .selectFrom('cases as c')
      .innerJoin('units as u', 'u.id', 'c.unit_id')
      .selectAll('c')
      .select('u.name as unit_name')
      .where('c.id', 'in', ids)
      .execute(),
    db
      .selectFrom('case_parties')
      .select(['case_id', 'name'])
      .where('case_id', 'in', ids)
      .orderBy('sort')
      .execute(),
    db
      .selectFrom('case_officers as o')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['o.case_id', 'p.name'])
      .where('o.case_id', 'in', ids)
      .where('o.recused_at', 'is', null)
      .orderBy('o.role', 'desc')
      .orderBy('o.assigned_at')
      .execute(),
    db
      .selectFrom('cases as c')
      .innerJoin('matter_items as m', (j) =>
        j.onRef('m.version_id', '=', 'c.matter_version_id').onRef('m.code', '=', 'c.matter_code'),
      )
      .select(['c.id', 'm.code', 'm.name'])
      .where('c.id', 'in', ids)
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const matterOf = new Map(matters.map((m) => [m.id, { code: m.code, name: m.name }]));
  const items = ids.map((id) => {
    const c = byId.get(id)!;
    const procedure = PROCEDURES[c.procedure];
    const d = deadlines.get(id) ?? null;
    return {
      id,
      caseNo: c.case_no,
      sourceNo: c.source_no,
      procedure: c.procedure,
      procedureName: procedure.name,
      stage: c.stage,
      stageName: stageOf(procedure, c.stage)?.name ?? c.stage,
      status: c.status,
      unit: { id: c.unit_id, name: c.unit_name },
      source: c.source,
      summary: c.summary,
      place: c.place,
      discoveredOn: c.discovered_on,
      filedOn: c.filed_on,
      matter: matterOf.get(id) ?? (c.matter_code ? { code: c.matter_code, name: c.matter_code } : null),
      parties: parties.filter((p) => p.case_id === id).map((p) => p.name),
      officers: officers.filter((o) => o.case_id === id).map((o) => o.name),
      nearestDeadline: d,
      overdue: d?.overdue ?? false,
      dueSoon: d?.dueSoon ?? false,
      updatedAt: new Date(c.updated_at).toISOString(),
    };
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}

interface Pageable {
  limit(n: number): Pageable;
  offset(n: number): Pageable;
  execute(): Promise<{ id: string; total: string }[]>;
}

/**
 * One page and the number of matches in one statement (count(*) over ()): the filter set is computed once,
 * and a rare filter value cannot lead the planner to walk the whole ordering index looking for it (seen in
 * bench/cases.ts at 100,000 cases). A page past the end returns no row to carry the total, so then it is counted.
 */
async function pageWithTotal(
  page: Pageable,
  count: { executeTakeFirstOrThrow(): Promise<{ n: string }> },
  input: { page: number; pageSize: number },
): Promise<{ ids: string[]; total: number }> {
  const rows = await page
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  if (rows.length > 0) return { ids: rows.map((r) => r.id), total: Number(rows[0]!.total) };
  return { ids: [], total: Number((await count.executeTakeFirstOrThrow()).n) };
}
