import { randomUUID } from 'node:crypto';
import { type Finding, OPINIONS, type Opinion, opinionProblems, REVIEW_LEVELS } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { appendCaseEvent, lockOpenCase, touchCase } from '../cases/write-helpers.js';
import { todayInChina } from '../clock.js';
import type { RequestContext, Tx } from '../context.js';
import type { ReviewRequestRow } from '../db/schema-review.js';
import { AppError } from '../errors/app-error.js';
import { caseDraft } from './case-draft.js';
import { caseRoute } from './case-route.js';
import { loadCatalogueInForce } from './catalogue.js';
import { assertMayReview } from './reviewers.js';

export interface OpinionInput {
  items: { code: string; finding: Finding; comment: string }[];
  opinion: Opinion;
  text: string;
}

const OUTCOME = { agree: 'approved', return: 'returned', disagree: 'disagreed' } as const;
const STATUS = { agree: 'agreed', return: 'returned', disagree: 'disagreed' } as const;

/**
 * 审核意见 (L-04, 行政处罚法 art. 58): the reviewer of a waiting round gives a finding and a comment on each
 * of the seven items and an opinion — 同意, 退回补正, 不同意（移送）. Only on the draft decision that was
 * submitted: if it changed since, the round is out of date and the handler submits again. The opinion is
 * appended to case_reviews, which the engine's gate reads. After the brigade agrees on a case the catalogue
 * routes to the bureau section, the bureau round of the same submission opens.
 */
export async function concludeRound(
  trx: Tx,
  ctx: RequestContext,
  requestId: string,
  input: OpinionInput,
): Promise<ReviewRequestRow> {
  const actor = ctx.actor!;
  const request = await trx
    .selectFrom('review_requests')
    .selectAll()
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!request) throw new AppError('NOT_FOUND');
  const row = await lockOpenCase(trx, request.case_id, actor);
  const fresh = await trx
    .selectFrom('review_requests')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (fresh.status !== 'pending') throw new AppError('REVIEW_NOT_PENDING');
  if (fresh.reviewer_id && fresh.reviewer_id !== actor.userId) throw new AppError('REVIEW_NOT_ASSIGNED');
  const reviewer = await assertMayReview(trx, fresh, actor.userId);
  const problems = opinionProblems(input.opinion, input.items);
  if (problems.length > 0)
    throw new AppError(
      'REVIEW_OPINION_INVALID',
      { problems },
      {
        message: `审核意见不完整：${problems.join('；')}`,
        messageEn: 'The opinion is incomplete: every item needs a finding, problems a comment',
      },
    );
  const { parties, digest } = await caseDraft(trx, row);
  if (digest !== fresh.draft_digest) throw new AppError('REVIEW_DRAFT_CHANGED');
  const today = todayInChina();
  const now = new Date();
  await trx
    .updateTable('review_requests')
    .set({
      status: STATUS[input.opinion],
      reviewer_id: actor.userId,
      assigned_at: fresh.assigned_at ?? now,
      items: JSON.stringify(input.items),
      opinion: input.opinion,
      opinion_text: input.text,
      concluded_on: today,
      concluded_at: now,
    })
    .where('id', '=', requestId)
    .execute();
  await trx
    .insertInto('case_reviews')
    .values({
      id: randomUUID(),
      case_id: row.id,
      level: fresh.level,
      outcome: OUTCOME[input.opinion],
      draft_digest: digest,
      opinion: input.text,
      reviewer_id: actor.userId,
      reviewer_name: reviewer.name,
    })
    .execute();
  let opened: string | null = null;
  if (input.opinion === 'agree' && fresh.level === 'brigade') {
    const inForce = await loadCatalogueInForce(trx);
    const route = caseRoute(row, parties, inForce.catalogue);
    if (route.levels.includes('bureau')) {
      opened = randomUUID();
      await trx
        .insertInto('review_requests')
        .values({
          id: opened,
          case_id: row.id,
          round: fresh.round,
          level: 'bureau',
          case_stage: row.stage,
          materials: JSON.stringify(fresh.materials),
          route: JSON.stringify(route),
          draft_digest: digest,
          catalogue_version: inForce.version,
          submitted_by: fresh.submitted_by,
          submitted_on: today,
          limit_days: inForce.timeLimits.days,
          extra_days: fresh.extra_days,
        })
        .execute();
    }
  }
  await appendCaseEvent(trx, row.id, actor, {
    action: 'review-recorded',
    payload: {
      level: fresh.level,
      round: fresh.round,
      opinion: input.opinion,
      bureauOpened: opened !== null,
    },
    reason: input.text,
  });
  await touchCase(trx, row);
  await appendAuditEvent(trx, ctx, {
    operation: 'review.concluded',
    targetType: 'review_request',
    targetId: requestId,
    changes: {
      opinion: {
        before: null,
        after: {
          caseId: row.id,
          level: fresh.level,
          round: fresh.round,
          opinion: OPINIONS[input.opinion].zh,
          problems: input.items.filter((i) => i.finding === 'problem').map((i) => i.code),
        },
      },
    },
    reason: `${REVIEW_LEVELS[fresh.level].zh}：${input.text}`,
  });
  return trx.selectFrom('review_requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
}
