import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { type ItemFilter, listItems } from './item-store.js';
import type { ItemOf } from './schemas.js';
import { currentVersion } from './version-query.js';

/**
 * The portal's view of a list: the items of the current (newest filed) version only — never a draft or a
 * version still awaiting approval or filing — with the filing it was published under.
 */
export async function listPublicItems<K extends CatalogKind>(
  deps: AppDeps,
  kind: K,
  input: ItemFilter & { page: number; pageSize: number },
) {
  const current = await currentVersion(deps.db, kind);
  const page = { page: input.page, pageSize: input.pageSize };
  if (!current) return { items: [] as ItemOf<K>[], total: 0, ...page, version: null };
  const { items, total } = await listItems(deps.db, kind, current.id, input, input);
  return { items, total, ...page, version: publicVersionRef(current) };
}

export function publicVersionRef(current: NonNullable<Awaited<ReturnType<typeof currentVersion>>>) {
  return {
    versionNo: current.version_no,
    title: current.title,
    filingNumber: current.filing_number!,
    filingDate: current.filing_date!,
  };
}
