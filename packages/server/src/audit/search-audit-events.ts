import type { AppDeps, RequestContext } from '../context.js';
import { appendAuditEvent } from './append-audit-event.js';
import { AUDIT_OPERATIONS, type AuditOperation } from './operations.js';

export interface AuditSearch {
  page: number;
  pageSize: number;
  from?: string | undefined;
  to?: string | undefined;
  actor?: string | undefined;
  operation?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  kind?: 'write' | 'read' | 'auth' | undefined;
  outcome?: 'success' | 'failure' | undefined;
}

/** Searching the log is itself logged: the audit administrator is audited too. */
export async function searchAuditEvents(deps: AppDeps, ctx: RequestContext, input: AuditSearch) {
  let query = deps.db.selectFrom('audit_events');
  if (input.from) query = query.where('at', '>=', new Date(input.from));
  if (input.to) query = query.where('at', '<=', new Date(input.to));
  if (input.actor) query = query.where('actor_username', '=', input.actor.toLowerCase());
  if (input.operation) query = query.where('operation', '=', input.operation);
  if (input.targetType) query = query.where('target_type', '=', input.targetType);
  if (input.targetId) query = query.where('target_id', '=', input.targetId);
  if (input.kind) query = query.where('kind', '=', input.kind);
  if (input.outcome) query = query.where('outcome', '=', input.outcome);
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  await deps.db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'audit.searched',
      targetType: 'audit_events',
      reason: JSON.stringify({ ...input, page: undefined, pageSize: undefined }),
    }),
  );
  return {
    items: rows.map((r) => {
      const op = AUDIT_OPERATIONS[r.operation as AuditOperation];
      return {
        seq: Number(r.seq),
        at: new Date(r.at).toISOString(),
        actor: r.actor_username
          ? { id: r.actor_id, username: r.actor_username, displayName: r.actor_name }
          : null,
        unitName: r.actor_unit_name,
        ip: r.ip,
        userAgent: r.user_agent,
        operation: r.operation,
        operationName: op?.name ?? r.operation,
        operationNameEn: op?.nameEn ?? r.operation,
        targetType: r.target_type,
        targetId: r.target_id,
        changes: r.changes,
        reason: r.reason,
        outcome: r.outcome,
        kind: r.kind,
        hash: r.hash,
        prevHash: r.prev_hash,
      };
    }),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
