import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentFresh } from './get-case.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

// 回避 (行政处罚法 art. 43): a party or the officer may ask for an officer's withdrawal; the head decides. The
// request alone holds the case (guard 'recusal-checked'); a withdrawn officer stays on record, no longer
// counts towards the two certified officers, and cannot be put back on the case.

const HEADS = ['squad_leader', 'bureau_head'];
const EVENT = {
  requested: 'officer-recusal-requested',
  recused: 'officer-recused',
  rejected: 'officer-recusal-rejected',
} as const;

export async function recuseOfficer(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  personId: string,
  input: { reason: string; decision: 'requested' | 'recused' | 'rejected' },
) {
  const actor = ctx.actor!;
  if (input.decision !== 'requested' && !actor.roles.some((r) => HEADS.includes(r)))
    throw new AppError('FORBIDDEN', undefined, {
      message: '回避由负责人决定：中队长或局负责人',
      messageEn: 'Recusal is decided by the head (squad leader or bureau head)',
    });
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    const o = await trx
      .selectFrom('case_officers')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (!o) throw new AppError('NOT_FOUND');
    if (o.recused_at) throw new AppError('OFFICER_RECUSED');
    const now = new Date();
    const set =
      input.decision === 'requested'
        ? {
            recusal_requested_at: now,
            recusal_request_reason: input.reason,
            recusal_decision: null,
            recusal_decided_by: null,
          }
        : input.decision === 'recused'
          ? {
              recusal_decision: 'recused' as const,
              recusal_decided_by: actor.userId,
              recused_at: now,
              recusal_reason: input.reason,
            }
          : {
              recusal_decision: 'rejected' as const,
              recusal_decided_by: actor.userId,
              recusal_reason: input.reason,
            };
    await trx
      .updateTable('case_officers')
      .set(set)
      .where('case_id', '=', caseId)
      .where('person_id', '=', personId)
      .execute();
    await appendCaseEvent(trx, caseId, actor, {
      action: EVENT[input.decision],
      payload: { personId },
      reason: input.reason,
    });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation: 'case.officer-recusal',
      targetType: 'case',
      targetId: caseId,
      changes: { recusal: { before: o.recusal_decision, after: { personId, decision: input.decision } } },
      reason: input.reason,
    });
  });
  return presentFresh(deps, ctx, caseId);
}
