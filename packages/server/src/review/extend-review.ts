import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCaseRow } from '../cases/load-case.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadCatalogueInForce } from './catalogue.js';

/**
 * 复杂案件延长审核时限 (L-04; DOMAIN.md "Legal review": 7 working days, +3 if complex): the head approves
 * the extension once per round, with a reason; the figure comes from the catalogue's time limits.
 */
export async function extendReview(
  deps: AppDeps,
  ctx: RequestContext,
  requestId: string,
  input: { reason: string },
) {
  const actor = ctx.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('review_requests')
      .selectAll()
      .where('id', '=', requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new AppError('NOT_FOUND');
    await loadCaseRow(trx, request.case_id, actor);
    if (request.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING');
    if (request.extension_approved_by)
      throw new AppError('REVIEW_NOT_ALLOWED', undefined, {
        message: '复杂案件审核时限只能延长一次',
        messageEn: 'The complex-case extension is granted once',
      });
    const { timeLimits } = await loadCatalogueInForce(trx);
    await trx
      .updateTable('review_requests')
      .set({
        extra_days: timeLimits.complexExtraDays,
        extension_approved_by: actor.userId,
        extension_reason: input.reason,
      })
      .where('id', '=', requestId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'review.extended',
      targetType: 'review_request',
      targetId: requestId,
      changes: { extraDays: { before: request.extra_days, after: timeLimits.complexExtraDays } },
      reason: input.reason,
    });
    return { id: requestId, extraDays: timeLimits.complexExtraDays };
  });
}
