import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AuditOperation } from '../audit/operations.js';
import type { RequestContext, Tx } from '../context.js';
import type { CustodyAction } from '../db/schema-evidence.js';

const OPERATION: Record<CustodyAction, AuditOperation> = {
  ingested: 'evidence.uploaded',
  viewed: 'evidence.viewed',
  played: 'evidence.played',
  downloaded: 'evidence.downloaded',
  exported: 'evidence.exported',
  linked: 'evidence.linked',
  unlinked: 'evidence.unlinked',
};

export interface CustodyInput {
  caseId?: string | null;
  stage?: string | null;
  detail?: Record<string, unknown>;
  reason?: string | null;
}

/**
 * R-06 chain of custody: one custody event for the item and one audit event, in the caller's transaction.
 * The custody table answers "who handled this item" quickly; the audit log makes the same fact part of the
 * tamper-evident chain.
 */
export async function recordCustody(
  trx: Tx,
  ctx: RequestContext,
  evidenceId: string,
  action: CustodyAction,
  input: CustodyInput = {},
): Promise<void> {
  const actor = ctx.actor;
  await trx
    .insertInto('custody_events')
    .values({
      id: randomUUID(),
      evidence_id: evidenceId,
      action,
      case_id: input.caseId ?? null,
      stage: input.stage ?? null,
      actor_user_id: actor?.userId ?? null,
      actor_name: actor ? `${actor.displayName}（${actor.username}）` : ctx.userAgent,
      actor_unit_id: actor?.unitId ?? null,
      ip: ctx.ip,
      detail: JSON.stringify(input.detail ?? {}),
    })
    .execute();
  await appendAuditEvent(trx, ctx, {
    operation: OPERATION[action],
    targetType: 'evidence',
    targetId: evidenceId,
    changes:
      input.caseId || input.detail
        ? {
            custody: {
              before: null,
              after: { caseId: input.caseId ?? null, stage: input.stage ?? null, ...input.detail },
            },
          }
        : null,
    reason: input.reason ?? null,
  });
}
