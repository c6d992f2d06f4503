import { randomUUID } from 'node:crypto';
import type { ProcedureCode } from '@sanxiang/core';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { assertStage } from './create-upload.js';
import { recordCustody } from './custody.js';
import { activeLinks, loadEvidenceRow, presentEvidence } from './evidence-query.js';

/** Links an item to a case and one of its stages (the case must be in the actor's scope). */
export async function linkEvidence(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { caseId: string; stage: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    await loadEvidenceRow(trx, id, actor);
    const kase = await trx
      .selectFrom('cases')
      .select(['id', 'unit_id', 'procedure'])
      .where('id', '=', input.caseId)
      .executeTakeFirst();
    if (!kase) throw new AppError('NOT_FOUND');
    await assertUnitVisible(trx, actor, kase.unit_id);
    assertStage(kase.procedure as ProcedureCode, input.stage);
    const existing = await trx
      .selectFrom('evidence_links')
      .select('id')
      .where('evidence_id', '=', id)
      .where('case_id', '=', input.caseId)
      .where('unlinked_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (existing) throw new AppError('EVIDENCE_ALREADY_LINKED', { linkId: existing.id });
    await trx
      .insertInto('evidence_links')
      .values({
        id: randomUUID(),
        evidence_id: id,
        case_id: input.caseId,
        stage: input.stage,
        linked_by: actor.userId,
      })
      .execute();
    await recordCustody(trx, ctx, id, 'linked', { caseId: input.caseId, stage: input.stage });
  });
  const row = await loadEvidenceRow(deps.db, id, null);
  return { evidence: presentEvidence(row, (await activeLinks(deps.db, [id])).get(id)) };
}
