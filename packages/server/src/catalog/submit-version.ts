import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { listItems } from './item-store.js';
import { getVersionOrThrow, lockDraft } from './version-query.js';

/** draft → submitted, for the bureau head's approval. An empty list cannot be submitted (422 CATALOG_EMPTY). */
export async function submitVersion(deps: AppDeps, ctx: RequestContext, kind: CatalogKind, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const version = await lockDraft(trx, kind, id);
    const { total } = await listItems(trx, kind, id, {}, { page: 1, pageSize: 1 });
    if (total === 0) throw new AppError('CATALOG_EMPTY');
    const now = new Date();
    await trx
      .updateTable('catalog_versions')
      .set({ status: 'submitted', submitted_at: now, return_reason: null })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.version-submitted',
      targetType: 'catalog_version',
      targetId: id,
      changes: {
        status: { before: 'draft', after: 'submitted' },
        submittedAt: { before: null, after: now.toISOString() },
        ...(version.return_reason ? { returnReason: { before: version.return_reason, after: null } } : {}),
      },
      reason: `${total}项`,
    });
  });
  return getVersionOrThrow(deps.db, kind, id);
}
