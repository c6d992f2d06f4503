import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { amendmentDecisionBody } from './schemas.js';
import { sealCaseFile } from './seal-case-file.js';

/**
 * the bureau head decides an amendment. Denied: recorded with the opinion, the file stays as it is.
 * Approved: the file is assembled again from the case as it now stands and sealed as the next version in the
 * same transaction that marks the amendment approved and the old version superseded (kept, still readable).
 */
export async function decideAmendment(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  amendmentId: string,
  input: z.infer<typeof amendmentDecisionBody>,
) {
  const actor = ctx.actor!;
  const a = await deps.db
    .selectFrom('case_file_amendments')
    .selectAll()
    .where('id', '=', amendmentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND');
  if (a.status !== 'pending') throw new AppError('CASE_FILE_AMENDMENT_DECIDED', { status: a.status });
  if (a.requested_by === actor.userId) throw new AppError('CASE_FILE_AMENDMENT_OWN');
  if (input.approve) {
    await sealCaseFile(deps, ctx, caseId, {
      amendment: { id: a.id, reason: a.reason, opinion: input.opinion },
    });
    return { id: a.id, status: 'approved' as const };
  }
  await deps.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('case_file_amendments')
      .set({
        status: 'denied',
        decided_by: actor.userId,
        decided_by_name: actor.displayName,
        decided_at: new Date(),
        opinion: input.opinion,
      })
      .where('id', '=', a.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('CASE_FILE_AMENDMENT_DECIDED');
    await appendAuditEvent(trx, ctx, {
      operation: 'case-file.amendment-denied',
      targetType: 'case',
      targetId: caseId,
      changes: { amendment: { before: 'pending', after: 'denied' } },
      reason: input.opinion,
    });
  });
  return { id: a.id, status: 'denied' as const };
}
