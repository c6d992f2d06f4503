import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { getVersionOrThrow, lockVersion } from './version-query.js';

/**
 * submitted → approved, by the bureau head. Whoever created the version may not approve it
 * (separation of drafting and approval), even if they also hold the approving role.
 */
export async function approveVersion(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  id: string,
  comment?: string,
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    const version = await lockVersion(trx, kind, id);
    if (version.status !== 'submitted')
      throw new AppError('CATALOG_STATUS_CONFLICT', { status: version.status });
    if (version.created_by === actor.userId) throw new AppError('CATALOG_SELF_APPROVAL');
    const now = new Date();
    await trx
      .updateTable('catalog_versions')
      .set({ status: 'approved', approved_by: actor.userId, approved_at: now })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.version-approved',
      targetType: 'catalog_version',
      targetId: id,
      changes: {
        status: { before: 'submitted', after: 'approved' },
        approvedBy: { before: null, after: actor.username },
        approvedAt: { before: null, after: now.toISOString() },
      },
      reason: comment || null,
    });
  });
  return getVersionOrThrow(deps.db, kind, id);
}
