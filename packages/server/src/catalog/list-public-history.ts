import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { versionQuery } from './version-query.js';

/** The filed versions of a list, newest first: what was published when, under which filing. */
export async function listPublicHistory(
  deps: AppDeps,
  kind: CatalogKind,
  input: { page: number; pageSize: number },
) {
  const filed = versionQuery(deps.db).where('v.kind', '=', kind).where('v.status', '=', 'filed');
  const { total } = await deps.db
    .selectFrom('catalog_versions')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .where('kind', '=', kind)
    .where('status', '=', 'filed')
    .executeTakeFirstOrThrow();
  const rows = await filed
    .orderBy('v.version_no', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      versionNo: r.version_no,
      title: r.title,
      filingNumber: r.filing_number!,
      filingDate: r.filing_date!,
      itemCount: Number(r.item_count),
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
