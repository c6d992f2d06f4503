import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCaseRow } from '../cases/load-case.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertMayReview, levelOfRoles } from './reviewers.js';

/**
 * 指派审核人员 (L-02): a reviewer of the round's level assigns it (to a colleague or to themself). The one
 * assigned must hold a recorded qualification in the level's unit and be separate from the case.
 */
export async function assignReviewer(
  deps: AppDeps,
  ctx: RequestContext,
  requestId: string,
  input: { reviewerId: string },
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
    if (levelOfRoles(actor.roles) !== request.level) throw new AppError('REVIEW_NOT_ALLOWED');
    if (request.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING');
    const reviewer = await assertMayReview(trx, request, input.reviewerId);
    await trx
      .updateTable('review_requests')
      .set({ reviewer_id: reviewer.userId, assigned_by: actor.userId, assigned_at: new Date() })
      .where('id', '=', requestId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'review.assigned',
      targetType: 'review_request',
      targetId: requestId,
      changes: { reviewer: { before: request.reviewer_id, after: reviewer.userId } },
    });
    return { id: requestId, reviewerId: reviewer.userId, reviewerName: reviewer.name };
  });
}
