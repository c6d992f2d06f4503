import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { getVersionOrThrow } from './version-query.js';

export async function getVersion(deps: AppDeps, kind: CatalogKind, id: string) {
  return getVersionOrThrow(deps.db, kind, id);
}
