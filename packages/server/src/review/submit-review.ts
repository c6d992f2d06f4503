import { randomUUID } from 'node:crypto';
import { missingMaterials } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { currentPenalty } from '../cases/penalty.js';
import type { CaseFlags } from '../cases/types.js';
import { appendCaseEvent, lockOpenCase } from '../cases/write-helpers.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { issuedDocumentKinds } from '../documents/issued-document-kinds.js';
import { AppError } from '../errors/app-error.js';
import { caseDraft, nextRound } from './case-draft.js';
import { caseRoute } from './case-route.js';
import { loadCatalogueInForce } from './catalogue.js';
import { isReviewStage } from './review-stages.js';

export interface SubmissionInput {
  recommendation: string;
  evidence: string[];
  note?: string | undefined;
}

/**
 * 送审 (L-04): the handler sends the case to the brigade legal section with the checklist of materials —
 * 调查终结报告 (issued), 处理建议, the draft decision (the intended penalty), the evidence list, and the
 * 听证笔录 where a hearing was held. Refused while anything is missing, naming each. A new round each time:
 * after a return the handler corrects and submits again, and the earlier rounds stay as they were. A round
 * still waiting whose draft has since changed is superseded by the new one.
 */
export async function submitReview(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: SubmissionInput,
) {
  const actor = ctx.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    if (!isReviewStage(row.stage))
      throw new AppError(
        'REVIEW_NOT_ALLOWED',
        { stage: row.stage },
        {
          message: '案件须先经负责人审查后进入法制审核环节，才能报送审核',
          messageEn: 'The case must be at its legal review stage to be submitted',
        },
      );
    const { parties, digest } = await caseDraft(trx, row);
    const pending = await trx
      .selectFrom('review_requests')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('status', '=', 'pending')
      .execute();
    if (pending.some((p) => p.draft_digest === digest)) throw new AppError('REVIEW_ALREADY_PENDING');
    const flags = row.flags as CaseFlags;
    const issued = [...(await issuedDocumentKinds(trx, caseId))];
    const missing = missingMaterials({
      issuedDocuments: issued,
      recommendation: input.recommendation,
      hasDraftDecision: currentPenalty(row) !== null,
      evidence: input.evidence,
      hearingHeld: flags.hearingHeld !== undefined,
    });
    if (missing.length > 0)
      throw new AppError(
        'REVIEW_MATERIALS_MISSING',
        { missing },
        {
          message: `送审材料不全，不予受理：缺少${missing.map((m) => m.zh).join('、')}`,
          messageEn: `Materials missing: ${missing.map((m) => m.en).join(', ')}`,
        },
      );
    const inForce = await loadCatalogueInForce(trx);
    const route = caseRoute(row, parties, inForce.catalogue);
    const round = await nextRound(trx, caseId);
    for (const p of pending)
      await trx.updateTable('review_requests').set({ status: 'superseded' }).where('id', '=', p.id).execute();
    const id = randomUUID();
    await trx
      .insertInto('review_requests')
      .values({
        id,
        case_id: caseId,
        round,
        level: 'brigade',
        case_stage: row.stage,
        materials: JSON.stringify({
          recommendation: input.recommendation,
          evidence: input.evidence,
          documents: issued,
          note: input.note ?? null,
        }),
        route: JSON.stringify(route),
        draft_digest: digest,
        catalogue_version: inForce.version,
        submitted_by: actor.userId,
        submitted_on: todayInChina(),
        limit_days: inForce.timeLimits.days,
      })
      .execute();
    await appendCaseEvent(trx, caseId, actor, {
      action: 'review-submitted',
      payload: { round, levels: route.levels, route: route.explanation.zh },
      reason: input.note ?? null,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'review.submitted',
      targetType: 'review_request',
      targetId: id,
      changes: { review: { before: null, after: { caseId, round, level: 'brigade', levels: route.levels } } },
    });
    return { id, round, route };
  });
}
