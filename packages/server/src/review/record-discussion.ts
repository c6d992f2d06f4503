import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { appendCaseEvent, lockOpenCase } from '../cases/write-helpers.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

export interface DiscussionInput {
  heldOn: string;
  chair: string;
  participants: string[];
  summary: string;
  conclusion: 'uphold' | 'revise';
}

/**
 * 集体讨论笔录 (DOMAIN.md "Legal review": disagreement goes to collective discussion; 行政处罚法 art. 57): the
 * head records the discussion of a round the reviewer disagreed with. It cannot approve the case in the
 * reviewer's place (art. 58): it upholds the opinion (no decision), or has the draft revised and submitted
 * again as a new round.
 */
export async function recordDiscussion(
  deps: AppDeps,
  ctx: RequestContext,
  requestId: string,
  input: DiscussionInput,
) {
  const actor = ctx.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('review_requests')
      .selectAll()
      .where('id', '=', requestId)
      .executeTakeFirst();
    if (!request) throw new AppError('NOT_FOUND');
    await lockOpenCase(trx, request.case_id, actor);
    const existing = await trx
      .selectFrom('review_discussions')
      .select('id')
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    if (request.status !== 'disagreed' || existing) throw new AppError('REVIEW_DISCUSSION_NOT_ALLOWED');
    const id = randomUUID();
    await trx
      .insertInto('review_discussions')
      .values({
        id,
        case_id: request.case_id,
        request_id: requestId,
        held_on: input.heldOn,
        chair: input.chair,
        participants: JSON.stringify(input.participants),
        summary: input.summary,
        conclusion: input.conclusion,
        recorded_by: actor.userId,
      })
      .execute();
    await appendCaseEvent(trx, request.case_id, actor, {
      action: 'review-discussed',
      payload: { round: request.round, conclusion: input.conclusion },
      reason: input.summary,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'review.discussed',
      targetType: 'review_request',
      targetId: requestId,
      changes: {
        discussion: { before: null, after: { heldOn: input.heldOn, conclusion: input.conclusion } },
      },
      reason: input.summary,
    });
    return { id, requestId, conclusion: input.conclusion };
  });
}
