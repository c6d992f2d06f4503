import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { recordCustody } from './custody.js';
import { activeLinks, loadEvidenceRow, presentEvidence } from './evidence-query.js';

/** Ends an item's link to a case, with a reason; the link row stays as history. */
export async function unlinkEvidence(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { caseId: string; reason: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    await loadEvidenceRow(trx, id, actor);
    const link = await trx
      .selectFrom('evidence_links as l')
      .innerJoin('cases as c', 'c.id', 'l.case_id')
      .select(['l.id', 'l.stage', 'c.unit_id'])
      .where('l.evidence_id', '=', id)
      .where('l.case_id', '=', input.caseId)
      .where('l.unlinked_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!link) throw new AppError('EVIDENCE_NOT_LINKED');
    await assertUnitVisible(trx, actor, link.unit_id);
    await trx
      .updateTable('evidence_links')
      .set({ unlinked_at: new Date(), unlinked_by: actor.userId, unlink_reason: input.reason })
      .where('id', '=', link.id)
      .execute();
    await recordCustody(trx, ctx, id, 'unlinked', {
      caseId: input.caseId,
      stage: link.stage,
      reason: input.reason,
    });
  });
  const row = await loadEvidenceRow(deps.db, id, null);
  return { evidence: presentEvidence(row, (await activeLinks(deps.db, [id])).get(id)) };
}
