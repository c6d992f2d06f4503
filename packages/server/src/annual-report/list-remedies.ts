import type { AppDeps } from '../context.js';
import { presentRemedy, remedyQuery } from './remedy-query.js';

/** The register, newest first, by year filed and kind. */
export async function listRemedies(
  deps: AppDeps,
  q: { year?: number; kind?: 'reconsideration' | 'suit'; page: number; pageSize: number },
) {
  let base = remedyQuery(deps.db);
  if (q.year)
    base = base.where('r.filed_on', '>=', `${q.year}-01-01`).where('r.filed_on', '<=', `${q.year}-12-31`);
  if (q.kind) base = base.where('r.kind', '=', q.kind);
  const all = await base.orderBy('r.filed_on', 'desc').orderBy('r.id').execute();
  return {
    items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(presentRemedy),
    total: all.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}
