import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import type { amendmentBody } from './schemas.js';
import { currentSealed } from './seal-case-file.js';

/**
 * after sealing, the file changes only through an amendment: the case's own unit asks with a reason
 * (a document issued late, a record corrected), the bureau head decides (decide-amendment.ts), and an
 * approval seals a new version while the old one is kept. One pending amendment per case.
 */
export async function requestAmendment(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof amendmentBody>,
) {
  const actor = ctx.actor!;
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom('cases')
      .select(['id', 'unit_id'])
      .where('id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw new AppError('NOT_FOUND');
    await assertUnitVisible(trx, actor, c.unit_id);
    const current = await currentSealed(trx, caseId);
    if (!current) throw new AppError('CASE_FILE_NOT_SEALED');
    const pending = await trx
      .selectFrom('case_file_amendments')
      .select('id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new AppError('CASE_FILE_AMENDMENT_PENDING', { amendmentId: pending.id });
    await trx
      .insertInto('case_file_amendments')
      .values({
        id,
        case_id: caseId,
        case_file_id: current.id,
        reason: input.reason,
        status: 'pending',
        requested_by: actor.userId,
        requested_by_name: actor.displayName,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'case-file.amendment-requested',
      targetType: 'case',
      targetId: caseId,
      changes: { amendment: { before: null, after: { id, fileVersion: current.version } } },
      reason: input.reason,
    });
  });
  return { id };
}
