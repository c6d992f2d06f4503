import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { checkItemReferences } from './check-item.js';
import { findItem, insertItems } from './item-store.js';
import type { CatalogItem } from './schemas.js';
import { lockDraft } from './version-query.js';

/** Adds an item to a draft (409 CATALOG_VERSION_LOCKED otherwise; 409 CATALOG_CODE_TAKEN). */
export async function addItem(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  versionId: string,
  item: CatalogItem,
): Promise<CatalogItem> {
  return deps.db.transaction().execute(async (trx) => {
    await lockDraft(trx, kind, versionId);
    if (await findItem(trx, kind, versionId, item.code)) throw new AppError('CATALOG_CODE_TAKEN');
    await checkItemReferences(trx, kind, item);
    await insertItems(trx, kind, versionId, [item]);
    const saved = (await findItem(trx, kind, versionId, item.code))!;
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.item-added',
      targetType: 'catalog_item',
      targetId: `${versionId}/${item.code}`,
      changes: diff(null, saved),
    });
    return saved;
  });
}
