import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { RequestContext, Tx } from '../context.js';
import type { AuditChanges } from '../db/schema.js';
import { appendLogLeaf } from '../transparency/append-log-leaf.js';
import { type AuditRecord, hashAuditRecord } from './audit-record.js';
import { GENESIS_HASH, type HashAlgorithm } from './hash.js';
import { AUDIT_OPERATIONS, type AuditOperation } from './operations.js';

export const AUDIT_HASH: HashAlgorithm = process.env.SANXIANG_AUDIT_HASH === 'sha256' ? 'sha256' : 'sm3';

// Serialises appends so each event links to the one before it, on PostgreSQL with many server processes too.
const AUDIT_CHAIN_LOCK = 7_261_001;

export interface AuditInput {
  operation: AuditOperation;
  outcome?: 'success' | 'failure';
  targetType?: string;
  targetId?: string | null;
  changes?: AuditChanges | null;
  reason?: string | null;
  /** For sign-in events, the account the attempt named (there is no actor yet). */
  subject?: {
    id: string | null;
    username: string;
    displayName?: string | null;
    unitId?: string | null;
    unitName?: string | null;
  };
}

/**
 * Appends one event to the hash-chained audit log. Call it inside the same transaction as the change it
 * records: if the change rolls back, so does its event, and no change commits without one.
 */
export async function appendAuditEvent(
  trx: Tx,
  ctx: RequestContext,
  input: AuditInput,
): Promise<AuditRecord & { hash: string }> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const who = ctx.actor
    ? {
        id: ctx.actor.userId,
        username: ctx.actor.username,
        displayName: ctx.actor.displayName,
        unitId: ctx.actor.unitId,
        unitName: ctx.actor.unitName,
      }
    : input.subject;
  const record: AuditRecord = {
    id: randomUUID(),
    at: new Date(),
    kind: AUDIT_OPERATIONS[input.operation].kind,
    operation: input.operation,
    outcome: input.outcome ?? 'success',
    actor_id: who?.id ?? null,
    actor_username: who?.username ?? null,
    actor_name: who?.displayName ?? null,
    actor_unit_id: who?.unitId ?? null,
    actor_unit_name: who?.unitName ?? null,
    ip: ctx.ip,
    user_agent: ctx.userAgent.slice(0, 500),
    target_type: input.targetType ?? null,
    target_id: input.targetId ?? null,
    changes: input.changes && Object.keys(input.changes).length > 0 ? input.changes : null,
    reason: input.reason ?? null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRecord(AUDIT_HASH, record);
  const { seq } = await trx
    .insertInto('audit_events')
    .values({ ...record, changes: record.changes ? JSON.stringify(record.changes) : null, hash })
    .returning('seq')
    .executeTakeFirstOrThrow();
  // The event is also the next leaf of the verifiable log (transparency/, R-01), under the same lock.
  await appendLogLeaf(trx, seq, hash);
  return { ...record, hash };
}
