import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { getVersionOrThrow, lockVersion } from './version-query.js';

/** submitted → draft, with the head's reason; the drafters fix it and submit again. */
export async function returnVersion(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  id: string,
  reason: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const version = await lockVersion(trx, kind, id);
    if (version.status !== 'submitted')
      throw new AppError('CATALOG_STATUS_CONFLICT', { status: version.status });
    await trx
      .updateTable('catalog_versions')
      .set({ status: 'draft', submitted_at: null, return_reason: reason })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.version-returned',
      targetType: 'catalog_version',
      targetId: id,
      changes: {
        status: { before: 'submitted', after: 'draft' },
        returnReason: { before: version.return_reason, after: reason },
      },
      reason,
    });
  });
  return getVersionOrThrow(deps.db, kind, id);
}
