import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCaseRow } from '../cases/load-case.js';
import { appendCaseEvent } from '../cases/write-helpers.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

const KIND_LABELS = { revoked: '撤销', changed: '变更' } as const;

/**
 * Records that a case's decision was revoked or changed (by the bureau itself, on reconsideration, by a
 * court). Its published item must then be withdrawn within 3 working days (P-09): the item is marked with
 * the date the withdrawal runs from and the reason the portal will show; a draft of it can no longer be
 * published.
 */
export async function revokeDecision(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: { kind: 'revoked' | 'changed'; decidedOn: string; reason: string },
) {
  const actor = ctx.actor!;
  if (input.decidedOn > todayInChina()) throw new AppError('REVOCATION_DATE_INVALID');
  return deps.db.transaction().execute(async (trx) => {
    const c = await loadCaseRow(trx, caseId, actor, true);
    if (!c.decision) throw new AppError('DECISION_NOT_MADE');
    const earlier = await trx
      .selectFrom('decision_revocations')
      .select('id')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'revoked')
      .executeTakeFirst();
    if (earlier) throw new AppError('DECISION_ALREADY_REVOKED');
    const id = randomUUID();
    await trx
      .insertInto('decision_revocations')
      .values({
        id,
        case_id: caseId,
        kind: input.kind,
        decided_on: input.decidedOn,
        reason: input.reason,
        recorded_by: actor.userId,
      })
      .execute();
    const notice = `原处罚决定已于${input.decidedOn}被${KIND_LABELS[input.kind]}：${input.reason}`;
    const pubs = await trx.selectFrom('publications').selectAll().where('case_id', '=', caseId).execute();
    for (const p of pubs) {
      if (p.status === 'published')
        await trx
          .updateTable('publications')
          .set({ withdrawal_due_from: input.decidedOn, withdrawal_reason: notice, updated_at: new Date() })
          .where('id', '=', p.id)
          .execute();
      if (p.status === 'draft')
        await trx
          .updateTable('publications')
          .set({ status: 'barred', barred_reason: notice, updated_at: new Date() })
          .where('id', '=', p.id)
          .execute();
    }
    await appendCaseEvent(trx, caseId, actor, {
      action: 'revoke-decision',
      payload: { kind: input.kind, decidedOn: input.decidedOn },
      reason: input.reason,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'case.decision-revoked',
      targetType: 'case',
      targetId: caseId,
      changes: {
        decision: { before: 'in force', after: input.kind },
        decidedOn: { before: null, after: input.decidedOn },
      },
      reason: input.reason,
    });
    return {
      revocation: { id, caseId, kind: input.kind, decidedOn: input.decidedOn, reason: input.reason },
      publications: pubs.map((p) => ({ id: p.id, status: p.status === 'draft' ? 'barred' : p.status })),
    };
  });
}
