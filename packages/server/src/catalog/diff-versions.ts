import { diff } from '../audit/diff.js';
import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { itemName, listItems } from './item-store.js';
import type { CatalogItem } from './schemas.js';
import { getVersionOrThrow } from './version-query.js';

/**
 * What changed from one version to another, item by item (matched by code): added, removed, and for
 * items in both, every field whose value differs, before → after.
 */
export async function diffVersions(deps: AppDeps, kind: CatalogKind, fromId: string, toId: string) {
  await getVersionOrThrow(deps.db, kind, fromId);
  await getVersionOrThrow(deps.db, kind, toId);
  const [from, to] = await Promise.all(
    [fromId, toId].map(async (id) => (await listItems(deps.db, kind, id, {}, null)).items),
  );
  const before = new Map(from!.map((i) => [i.code, i]));
  const after = new Map(to!.map((i) => [i.code, i]));
  const added: CatalogItem[] = to!.filter((i) => !before.has(i.code));
  const removed: CatalogItem[] = from!.filter((i) => !after.has(i.code));
  const changed = to!.flatMap((item) => {
    const old = before.get(item.code);
    if (!old) return [];
    const fields = diff(old, item);
    return Object.keys(fields).length > 0 ? [{ code: item.code, name: itemName(item), fields }] : [];
  });
  return { added, removed, changed };
}
