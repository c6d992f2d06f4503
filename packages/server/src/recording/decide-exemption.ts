import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { appendCaseEvent, lockOpenCase } from '../cases/write-helpers.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentExemption } from './get-case-recording.js';
import type { exemptionDecisionBody } from './schemas.js';

/**
 * a head (squad leader or bureau head, cases.approve) reviews the written reason why there is no
 * footage. Approved, it lets the footage guard pass for that stage; denied, the officer must link footage
 * or ask again with a better account. Nobody decides their own request.
 */
export async function decideExemption(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  exemptionId: string,
  input: z.infer<typeof exemptionDecisionBody>,
) {
  const actor = ctx.actor!;
  await deps.db.transaction().execute(async (trx) => {
    await lockOpenCase(trx, caseId, actor);
    const x = await trx
      .selectFrom('recording_exemptions')
      .selectAll()
      .where('id', '=', exemptionId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!x) throw new AppError('NOT_FOUND');
    if (x.status !== 'pending') throw new AppError('RECORDING_EXEMPTION_DECIDED', { status: x.status });
    if (x.requested_by === actor.userId) throw new AppError('RECORDING_EXEMPTION_OWN');
    const status = input.approve ? 'approved' : 'denied';
    await trx
      .updateTable('recording_exemptions')
      .set({
        status,
        decided_by: actor.userId,
        decided_by_name: actor.displayName,
        decided_at: new Date(),
        opinion: input.opinion,
      })
      .where('id', '=', exemptionId)
      .execute();
    await appendCaseEvent(trx, caseId, actor, {
      action: input.approve ? 'recording-exemption-approved' : 'recording-exemption-denied',
      payload: { stage: x.stage, exemptionId },
      reason: input.opinion,
    });
    await appendAuditEvent(trx, ctx, {
      operation: input.approve ? 'recording.exemption-approved' : 'recording.exemption-denied',
      targetType: 'case',
      targetId: caseId,
      changes: { [`exemption:${x.stage}`]: { before: 'pending', after: status } },
      reason: input.opinion,
    });
  });
  const x = await deps.db
    .selectFrom('recording_exemptions')
    .selectAll()
    .where('id', '=', exemptionId)
    .executeTakeFirstOrThrow();
  return presentExemption(x);
}
