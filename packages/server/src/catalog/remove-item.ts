import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { deleteItem, findItem } from './item-store.js';
import { lockDraft } from './version-query.js';

/** Removes an item from a draft; the audit event keeps the whole item as it was. */
export async function removeItem(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  versionId: string,
  code: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraft(trx, kind, versionId);
    const before = await findItem(trx, kind, versionId, code);
    if (!before) throw new AppError('NOT_FOUND');
    await deleteItem(trx, kind, versionId, code);
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.item-removed',
      targetType: 'catalog_item',
      targetId: `${versionId}/${code}`,
      changes: diff(before, null),
    });
  });
}
