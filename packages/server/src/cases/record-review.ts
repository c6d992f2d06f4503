import { randomUUID } from 'node:crypto';
import { REVIEW_ITEM_CODES } from '@sanxiang/core';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { caseDraft, nextRound } from '../review/case-draft.js';
import { caseRoute } from '../review/case-route.js';
import { loadCatalogueInForce } from '../review/catalogue.js';
import { concludeRound } from '../review/give-opinion.js';
import { isReviewStage } from '../review/review-stages.js';
import { levelOfRoles } from '../review/reviewers.js';
import { presentFresh } from './get-case.js';
import { currentPenalty } from './penalty.js';
import { lockOpenCase } from './write-helpers.js';

// 法制审核意见 in one call (行政处罚法 art. 58, L-02, L-04): the short form of the review procedure in review/
// for a case the engine has already moved into review (its 'submit-legal-review' act checked the
// materials). The reviewer's level comes from the role; the round waiting at that level is used, and for
// the brigade one is opened from the case's own materials if none waits. Everything else — qualification in
// the level's unit, separation from the case and from the other level, the current draft — is the same
// code as the full procedure (review/give-opinion.ts), and the opinion lands in case_reviews for the gate.
export async function recordReview(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: { outcome: 'approved' | 'returned' | 'disagreed'; opinion: string },
) {
  const actor = ctx.actor!;
  const level = levelOfRoles(actor.roles);
  if (!level) throw new AppError('REVIEW_NOT_ALLOWED');
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    if (!isReviewStage(row.stage)) throw new AppError('REVIEW_NOT_ALLOWED');
    const { parties, digest } = await caseDraft(trx, row);
    let waiting = await trx
      .selectFrom('review_requests')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('level', '=', level)
      .where('status', '=', 'pending')
      .where('draft_digest', '=', digest)
      .executeTakeFirst();
    if (!waiting && level === 'bureau')
      throw new AppError('REVIEW_NOT_ALLOWED', undefined, {
        message: '局法规科审核须在大队法制科对现拟处罚决定审核通过之后',
        messageEn: 'The bureau section reviews after the brigade section has approved the current draft',
      });
    if (!waiting) {
      const inForce = await loadCatalogueInForce(trx);
      const p = currentPenalty(row);
      const id = randomUUID();
      await trx
        .updateTable('review_requests')
        .set({ status: 'superseded' })
        .where('case_id', '=', caseId)
        .where('status', '=', 'pending')
        .execute();
      await trx
        .insertInto('review_requests')
        .values({
          id,
          case_id: caseId,
          round: await nextRound(trx, caseId),
          level: 'brigade',
          case_stage: row.stage,
          materials: JSON.stringify({
            auto: true,
            recommendation: p ? `拟${p.kinds.join('、')}${p.fine ? `，罚款${p.fine}元` : ''}` : null,
            evidence: [],
            documents: [],
            note: '经案件办理环节送审',
          }),
          route: JSON.stringify(caseRoute(row, parties, inForce.catalogue)),
          draft_digest: digest,
          catalogue_version: inForce.version,
          submitted_by: actor.userId,
          submitted_on: todayInChina(),
          limit_days: inForce.timeLimits.days,
        })
        .execute();
      waiting = await trx
        .selectFrom('review_requests')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    }
    const opinion =
      input.outcome === 'approved' ? 'agree' : input.outcome === 'returned' ? 'return' : 'disagree';
    await concludeRound(trx, ctx, waiting.id, {
      opinion,
      text: input.opinion,
      items: REVIEW_ITEM_CODES.map((code) =>
        opinion !== 'agree' && code === 'other'
          ? { code, finding: 'problem' as const, comment: input.opinion }
          : { code, finding: 'ok' as const, comment: '' },
      ),
    });
  });
  return presentFresh(deps, ctx, caseId);
}
