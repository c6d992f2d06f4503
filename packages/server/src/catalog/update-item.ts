import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { checkItemReferences } from './check-item.js';
import { deleteItem, findItem, insertItems } from './item-store.js';
import type { CatalogItem } from './schemas.js';
import { lockDraft } from './version-query.js';

/**
 * Replaces an item of a draft with the one given. The body may carry a new code (a renumbering); the
 * audit event holds before → after for every field that changed.
 */
export async function updateItem(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  versionId: string,
  code: string,
  item: CatalogItem,
): Promise<CatalogItem> {
  return deps.db.transaction().execute(async (trx) => {
    await lockDraft(trx, kind, versionId);
    const before = await findItem(trx, kind, versionId, code);
    if (!before) throw new AppError('NOT_FOUND');
    if (item.code !== code && (await findItem(trx, kind, versionId, item.code)))
      throw new AppError('CATALOG_CODE_TAKEN');
    await checkItemReferences(trx, kind, item);
    await deleteItem(trx, kind, versionId, code);
    await insertItems(trx, kind, versionId, [item]);
    const after = (await findItem(trx, kind, versionId, item.code))!;
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.item-updated',
      targetType: 'catalog_item',
      targetId: `${versionId}/${code}`,
      changes: diff(before, after),
    });
    return after;
  });
}
