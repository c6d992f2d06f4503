import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { type ItemFilter, listItems as listVersionItems } from './item-store.js';
import { getVersionOrThrow } from './version-query.js';

/** One page of a version's items, any status (staff see drafts too). */
export async function listItems(
  deps: AppDeps,
  kind: CatalogKind,
  versionId: string,
  input: ItemFilter & { page: number; pageSize: number },
) {
  await getVersionOrThrow(deps.db, kind, versionId);
  const { items, total } = await listVersionItems(deps.db, kind, versionId, input, input);
  return { items, total, page: input.page, pageSize: input.pageSize };
}
