import type { AppDeps } from '../context.js';

/** The portal's view (no sign-in): the rules in force, i.e. those with a filing on record. */
export async function listPublicRules(deps: AppDeps, input: { page: number; pageSize: number }) {
  const query = deps.db.selectFrom('bureau_rules').where('filing_number', 'is not', null);
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(['id', 'title', 'kind', 'requirement_ids', 'filing_number', 'filed_at'])
    .orderBy('filed_at', 'desc')
    .orderBy('sort')
    .orderBy('title')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      requirementIds: r.requirement_ids,
      filingNumber: r.filing_number,
      filedAt: r.filed_at,
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
