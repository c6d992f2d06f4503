import { missingMaterials } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { loadCaseRow } from '../cases/load-case.js';
import { currentPenalty } from '../cases/penalty.js';
import type { CaseFlags } from '../cases/types.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { issuedDocumentKinds } from '../documents/issued-document-kinds.js';
import { caseDraft } from './case-draft.js';
import { caseRoute } from './case-route.js';
import { loadCatalogueInForce } from './catalogue.js';
import { clockOf } from './clocks.js';
import { presentRequest } from './present.js';
import { isReviewStage } from './review-stages.js';

/**
 * A case's legal review as the workspace shows it: the route in words, the checklist of materials with
 * what is still missing, every round (returned ones included) with its items and opinion, the collective
 * discussions, and whether each required level has passed on the current draft (the gate's view).
 */
export async function getCaseReviews(deps: AppDeps, ctx: RequestContext, caseId: string) {
  const cal = await loadCalendar(deps.db);
  const today = todayInChina();
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadCaseRow(trx, caseId, ctx.actor);
    const { parties, digest } = await caseDraft(trx, row);
    const inForce = await loadCatalogueInForce(trx);
    const route = caseRoute(row, parties, inForce.catalogue);
    const issued = [...(await issuedDocumentKinds(trx, caseId))];
    const flags = row.flags as CaseFlags;
    const rows = await trx
      .selectFrom('review_requests as r')
      .leftJoin('users as rv', 'rv.id', 'r.reviewer_id')
      .leftJoin('users as sb', 'sb.id', 'r.submitted_by')
      .selectAll('r')
      .select(['rv.display_name as reviewer_name', 'sb.display_name as submitter_name'])
      .where('r.case_id', '=', caseId)
      .orderBy('r.round')
      .orderBy('r.submitted_at')
      .execute();
    const discussions = await trx
      .selectFrom('review_discussions')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    const reviews = await trx
      .selectFrom('case_reviews')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    const after = flags.hearingHeld ? new Date(flags.hearingHeld.at).getTime() : 0;
    const levels = route.levels.map((level) => {
      const latest = reviews
        .filter((r) => r.level === level && r.draft_digest === digest && r.created_at.getTime() > after)
        .at(-1);
      return { level, passed: latest?.outcome === 'approved' };
    });
    await appendAuditEvent(trx, ctx, { operation: 'review.viewed', targetType: 'case', targetId: caseId });
    return {
      caseId,
      caseNo: row.case_no,
      stage: row.stage,
      inReview: isReviewStage(row.stage),
      catalogueVersion: inForce.version,
      route: { levels: route.levels, reasons: route.reasons, explanation: route.explanation },
      materials: {
        issuedDocuments: issued,
        missingOnCase: missingMaterials({
          issuedDocuments: issued,
          recommendation: 'given at submission',
          hasDraftDecision: currentPenalty(row) !== null,
          evidence: ['given at submission'],
          hearingHeld: flags.hearingHeld !== undefined,
        }),
        hearingHeld: flags.hearingHeld !== undefined,
      },
      gate: { levels, passed: levels.every((l) => l.passed) },
      rounds: rows.map((r) =>
        presentRequest(r, clockOf(cal, r, today), { reviewer: r.reviewer_name, submitter: r.submitter_name }),
      ),
      discussions: discussions.map((d) => ({
        id: d.id,
        requestId: d.request_id,
        heldOn: d.held_on,
        chair: d.chair,
        participants: (typeof d.participants === 'string'
          ? JSON.parse(d.participants)
          : d.participants) as string[],
        summary: d.summary,
        conclusion: d.conclusion,
      })),
    };
  });
}
