import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';

/**
 * P-07: revokes a 执法证 (e.g. the officer left enforcement work, or lost it), with the reason on record.
 * From then on the public lookup shows it as revoked, and the case engine no longer accepts its holder.
 */
export async function revokeCertificate(deps: AppDeps, ctx: RequestContext, number: string, reason: string) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('enforcement_certificates as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['c.id', 'c.number', 'c.revoked_at', 'c.person_id', 'p.unit_id'])
      .where('c.number', '=', number)
      .forUpdate('c')
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    await assertUnitVisible(trx, actor, row.unit_id);
    if (row.revoked_at) throw new AppError('CERTIFICATE_ALREADY_REVOKED');
    const at = new Date();
    await trx
      .updateTable('enforcement_certificates')
      .set({ revoked_at: at, revoked_reason: reason })
      .where('id', '=', row.id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'certificate.revoked',
      targetType: 'enforcement_certificate',
      targetId: row.number,
      changes: { revokedAt: { before: null, after: at.toISOString() } },
      reason,
    });
    return { number: row.number, personId: row.person_id, revokedAt: at.toISOString(), reason };
  });
}
