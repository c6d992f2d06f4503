import { todayInChina } from '../clock.js';
import type { AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { presentRule } from './rule-query.js';

export interface ListRulesInput {
  page: number;
  pageSize: number;
  status?: 'pending' | 'drafted' | 'filed' | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
}

/** The register, earliest deadline first; `overdue` filters on the same rule presentRule applies. */
export async function listRules(deps: AppDeps, input: ListRulesInput) {
  const today = todayInChina();
  let query = deps.db.selectFrom('bureau_rules');
  if (input.status) query = query.where('status', '=', input.status);
  if (input.overdue === true) query = query.where('status', '<>', 'filed').where('due_date', '<', today);
  if (input.overdue === false)
    query = query.where((eb) => eb.or([eb('status', '=', 'filed'), eb('due_date', '>=', today)]));
  if (input.q) {
    const like = containsPattern(input.q);
    query = query.where((eb) => eb.or([eb('title', 'like', like), eb('filing_number', 'like', like)]));
  }
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('due_date')
    .orderBy('sort')
    .orderBy('title')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map((row) => presentRule(row, today)),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
