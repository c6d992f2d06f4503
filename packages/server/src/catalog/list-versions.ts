import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { presentVersion } from './presenters.js';
import { versionQuery } from './version-query.js';

/** Every version of a list, newest first. */
export async function listVersions(
  deps: AppDeps,
  kind: CatalogKind,
  input: { page: number; pageSize: number },
) {
  const { total } = await deps.db
    .selectFrom('catalog_versions')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  const rows = await versionQuery(deps.db)
    .where('v.kind', '=', kind)
    .orderBy('v.version_no', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map(presentVersion),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
