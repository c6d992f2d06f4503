import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { presentFresh } from './get-case.js';
import type { ApprovalKind, CaseFlags } from './types.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

// A head's approval that a later act depends on (cases.approve): the review of the investigation result
// (行政处罚法 art. 57), evidence preservation (art. 56), a coercive measure (行政强制法 arts. 18, 19 — after an
// emergency measure, within 24 hours). The guards read flags.approvals.

export async function recordApproval(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: { kind: ApprovalKind; opinion: string },
) {
  const actor = ctx.actor!;
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    const flags = { ...(row.flags as CaseFlags) };
    const before = flags.approvals?.[input.kind] ?? null;
    const approval = {
      by: actor.userId,
      byName: actor.displayName,
      at: new Date().toISOString(),
      opinion: input.opinion,
    };
    flags.approvals = { ...flags.approvals, [input.kind]: approval };
    await touchCase(trx, row, { flags: JSON.stringify(flags) });
    await appendCaseEvent(trx, caseId, actor, {
      action: 'approval-recorded',
      payload: { kind: input.kind },
      reason: input.opinion,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'case.approval-recorded',
      targetType: 'case',
      targetId: caseId,
      changes: { [`approval:${input.kind}`]: { before, after: approval } },
      reason: input.opinion,
    });
  });
  return presentFresh(deps, ctx, caseId);
}
