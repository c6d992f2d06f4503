import { PROCEDURES, stageOf } from '@sanxiang/core';
import type { z } from 'zod';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { Actor, AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { visibleUnitIds } from '../people/scope.js';
import { loadUnitTree } from '../people/unit-tree.js';
import { type DeadlineView, viewDeadline } from './deadlines.js';
import { loadLocalRules } from './local-rules.js';
import type { listCasesQuery } from './schemas.js';

// The case list (issue item 7): filters, the caller's data scope, pagination, and for each case the nearest
// running deadline with due-soon/overdue. Due dates are computed (calendar) rather than stored, so the
// due=soon|overdue filter computes them for the running deadlines of the cases the other filters leave.

const like = containsPattern;

export async function listCases(deps: AppDeps, actor: Actor, input: z.infer<typeof listCasesQuery>) {
  const db = deps.db;
  const today = todayInChina();
  const visible = await visibleUnitIds(db, actor);
  let q = db.selectFrom('cases as c');
  if (visible) q = q.where('c.unit_id', 'in', visible.length ? visible : ['']);
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
    // Candidates are the in-scope cases with a running deadline; the due dates decide which remain.
    const candidates = await q
      .select('c.id')
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('case_deadlines as d')
            .select('d.id')
            .whereRef('d.case_id', '=', 'c.id')
            .where('d.status', '=', 'running')
            .where('d.limit_kind', '=', 'deadline'),
        ),
      )
      .execute();
    const all = await nearest(candidates.map((r) => r.id));
    const matching = [...all.entries()]
      .filter(([, d]) => (input.due === 'overdue' ? d.overdue : d.dueSoon))
      .sort((a, b) => (a[1].due < b[1].due ? -1 : a[1].due > b[1].due ? 1 : a[0] < b[0] ? -1 : 1));
    total = matching.length;
    ids = matching.slice((input.page - 1) * input.pageSize, input.page * input.pageSize).map(([id]) => id);
    deadlines = all;
  } else {
    const { n } = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    total = Number(n);
    ids = (
      await q
        .select('c.id')
        .orderBy('c.updated_at', 'desc')
        .orderBy('c.id')
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize)
        .execute()
    ).map((r) => r.id);
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
