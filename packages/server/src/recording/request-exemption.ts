import { randomUUID } from 'node:crypto';
import { stageRecordingRule } from '@sanxiang/core';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { appendCaseEvent, lockOpenCase } from '../cases/write-helpers.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentExemption } from './get-case-recording.js';
import type { exemptionBody } from './schemas.js';

/**
 * where a stage that must be recorded on audio and video has no footage (the camera failed, the act was
 * urgent), the officer records why in writing; a head approves or denies it (decide-exemption.ts). Only stages
 * whose rule requires footage take an exemption; one open request per stage.
 */
export async function requestExemption(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof exemptionBody>,
) {
  const actor = ctx.actor!;
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    const rule = stageRecordingRule(row.procedure, input.stage);
    if (!rule?.footageRequired)
      throw new AppError('RECORDING_EXEMPTION_NOT_APPLICABLE', { stage: input.stage });
    const open = await trx
      .selectFrom('recording_exemptions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('stage', '=', input.stage)
      .where('status', '<>', 'denied')
      .executeTakeFirst();
    if (open) throw new AppError('RECORDING_EXEMPTION_OPEN', { exemptionId: open.id });
    await trx
      .insertInto('recording_exemptions')
      .values({
        id,
        case_id: caseId,
        stage: input.stage,
        reason: input.reason,
        status: 'pending',
        requested_by: actor.userId,
        requested_by_name: actor.displayName,
      })
      .execute();
    await appendCaseEvent(trx, caseId, actor, {
      action: 'recording-exemption-requested',
      payload: { stage: input.stage, exemptionId: id },
      reason: input.reason,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'recording.exemption-requested',
      targetType: 'case',
      targetId: caseId,
      changes: { [`exemption:${input.stage}`]: { before: null, after: 'pending' } },
      reason: input.reason,
    });
  });
  const x = await deps.db
    .selectFrom('recording_exemptions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return presentExemption(x);
}
