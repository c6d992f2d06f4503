import { sql } from 'kysely';
import type { AppDeps } from '../context.js';
import { presentRemedy, remedyQuery } from './remedy-query.js';

/** The register, newest first, filtered by the year filed and the kind, a page at a time. */
export async function listRemedies(
  deps: AppDeps,
  q: { year?: number; kind?: 'reconsideration' | 'suit'; page: number; pageSize: number },
) {
  let base = remedyQuery(deps.db);
  if (q.year)
    base = base.where('r.filed_on', '>=', `${q.year}-01-01`).where('r.filed_on', '<=', `${q.year}-12-31`);
  if (q.kind) base = base.where('r.kind', '=', q.kind);
  const [rows, count] = await Promise.all([
    base
      .orderBy('r.filed_on', 'desc')
      .orderBy('r.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentRemedy), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}
