import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentFresh } from './get-case.js';
import { guardErrorCode } from './guard-errors.js';
import { refuse } from './guards/context.js';
import { draftDigest } from './penalty.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

// 法制审核意见 (行政处罚法 art. 58, L-02, L-04) — interim, until the Legal review issue routes reviews through its
// own procedure: a qualified reviewer who did not investigate the case records an opinion on the draft decision
// as it stands. The brigade section reviews first; the bureau section after the brigade has approved. The gate
// 'required-reviews-passed' reads these rows.

const REVIEW_STAGES = ['legal-review', 'post-hearing-review'];

export async function recordReview(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: { outcome: 'approved' | 'returned' | 'disagreed'; opinion: string },
) {
  const actor = ctx.actor!;
  const level = actor.roles.includes('bureau_reviewer')
    ? 'bureau'
    : actor.roles.includes('brigade_reviewer')
      ? 'brigade'
      : null;
  if (!level) throw new AppError('REVIEW_NOT_ALLOWED');
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    if (!REVIEW_STAGES.includes(row.stage)) throw new AppError('REVIEW_NOT_ALLOWED');
    const user = await trx
      .selectFrom('users')
      .select('person_id')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const qualified = user.person_id
      ? await trx
          .selectFrom('legal_qualifications')
          .select('id')
          .where('person_id', '=', user.person_id)
          .executeTakeFirst()
      : undefined;
    const investigator = user.person_id
      ? await trx
          .selectFrom('case_officers')
          .select('person_id')
          .where('case_id', '=', caseId)
          .where('person_id', '=', user.person_id)
          .executeTakeFirst()
      : undefined;
    if (!qualified || investigator) {
      const r = refuse(
        'reviewer-legally-qualified',
        !qualified ? '审核人员未登记法律职业资格' : '审核人员是本案办案人员，不能审核本案',
        !qualified
          ? 'The reviewer has no legal-profession qualification on record'
          : 'The reviewer investigated this case',
      );
      throw new AppError(
        guardErrorCode('reviewer-legally-qualified'),
        { refusals: [r] },
        { message: r.message, messageEn: r.messageEn },
      );
    }
    const parties = await trx
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('sort')
      .orderBy('created_at')
      .execute();
    const digest = draftDigest(row, parties);
    if (level === 'bureau') {
      const brigade = await trx
        .selectFrom('case_reviews')
        .select(['outcome'])
        .where('case_id', '=', caseId)
        .where('level', '=', 'brigade')
        .where('draft_digest', '=', digest)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (brigade?.outcome !== 'approved')
        throw new AppError('REVIEW_NOT_ALLOWED', undefined, {
          message: '局法规科审核须在大队法制科对现拟处罚决定审核通过之后',
          messageEn: 'The bureau section reviews after the brigade section has approved the current draft',
        });
    }
    await trx
      .insertInto('case_reviews')
      .values({
        id: randomUUID(),
        case_id: caseId,
        level,
        outcome: input.outcome,
        draft_digest: digest,
        opinion: input.opinion,
        reviewer_id: actor.userId,
        reviewer_name: actor.displayName,
      })
      .execute();
    await appendCaseEvent(trx, caseId, actor, {
      action: 'review-recorded',
      payload: { level, outcome: input.outcome },
      reason: input.opinion,
    });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation: 'case.review-recorded',
      targetType: 'case',
      targetId: caseId,
      changes: { review: { before: null, after: { level, outcome: input.outcome } } },
      reason: input.opinion,
    });
  });
  return presentFresh(deps, ctx, caseId);
}
