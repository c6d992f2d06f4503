import { sql } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getPublication } from './get-publication.js';
import { lockPublication } from './publication-store.js';

/**
 * Withdraws a published item (P-09): the portal keeps a notice at its address saying when and why, without
 * the content; it leaves the lists, the search and the feed. Due within 3 working days of a revocation.
 */
export async function withdrawPublication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { reason: string },
) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockPublication(trx, id);
    if (row.status !== 'published') throw new AppError('PUBLICATION_NOT_PUBLISHED', { status: row.status });
    await sql`update publications set status = 'withdrawn', withdrawal_reason = ${input.reason}, withdrawn_at = now(),
      withdrawn_by = ${ctx.actor?.userId ?? null}, search_vector = null, updated_at = now() where id = ${id}`.execute(
      trx,
    );
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.withdrawn',
      targetType: 'publication',
      targetId: id,
      changes: { status: { before: 'published', after: 'withdrawn' } },
      reason: input.reason,
    });
  });
  return getPublication(deps, ctx, id);
}
