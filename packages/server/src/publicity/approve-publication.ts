import { publicUntil } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getPublication } from './get-publication.js';
import { loadPublicityPolicy } from './policy.js';
import { redactedBody } from './present.js';
import { lockPublication, newPublicId, writeVersion } from './publication-store.js';

/**
 * The publicity officer approves a reviewed draft (P-02): it is published as version 1 under an unguessable
 * public id, public until the end of its period (P-01). The only way onto the portal.
 */
export async function approvePublication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { note?: string | undefined },
) {
  const today = todayInChina();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockPublication(trx, id);
    if (row.status === 'barred') throw new AppError('PUBLICATION_BARRED', { reason: row.barred_reason });
    if (row.status !== 'draft') throw new AppError('PUBLICATION_NOT_DRAFT', { status: row.status });
    const { policy } = await loadPublicityPolicy(trx);
    const body = redactedBody(row);
    const publicId = newPublicId();
    const until = publicUntil(row.kind, today, row.party_type, policy);
    await writeVersion(trx, row, {
      title: row.title,
      body,
      redactions: row.redactions,
      reason: null,
      by: ctx.actor?.userId ?? null,
    });
    await trx
      .updateTable('publications')
      .set({
        status: 'published',
        public_id: publicId,
        current_version: row.current_version + 1,
        published_on: today,
        public_until: until,
        reviewed_by: ctx.actor?.userId ?? null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.published',
      targetType: 'publication',
      targetId: id,
      changes: {
        status: { before: row.status, after: 'published' },
        publicId: { before: null, after: publicId },
        publicUntil: { before: null, after: until },
      },
      reason: input.note ?? null,
    });
  });
  return getPublication(deps, ctx, id);
}
