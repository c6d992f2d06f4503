import { randomUUID } from 'node:crypto';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadCaseRow } from './load-case.js';
import type { CaseRow } from './types.js';

// Small pieces every write on a case shares: lock the row, check it is still open and (when the client sends
// one) that its version is the one the client saw, append a timeline entry, bump the version.

export async function lockOpenCase(trx: Tx, id: string, actor: Actor, version?: number): Promise<CaseRow> {
  const row = await loadCaseRow(trx, id, actor, true);
  if (version !== undefined && version !== row.version)
    throw new AppError('CASE_VERSION_CONFLICT', { version: row.version });
  if (row.status !== 'open') throw new AppError('CASE_CLOSED');
  return row;
}

export async function appendCaseEvent(
  trx: Tx,
  caseId: string,
  actor: Actor | null,
  e: {
    action: string;
    from?: string | null;
    to?: string | null;
    payload?: object;
    reason?: string | null;
    at?: Date;
  },
): Promise<void> {
  await trx
    .insertInto('case_events')
    .values({
      id: randomUUID(),
      case_id: caseId,
      action: e.action,
      from_stage: e.from ?? null,
      to_stage: e.to ?? null,
      actor_id: actor?.userId ?? null,
      actor_name: actor?.displayName ?? null,
      at: e.at ?? new Date(),
      payload: JSON.stringify(e.payload ?? {}),
      reason: e.reason ?? null,
    })
    .execute();
}

export async function touchCase(trx: Tx, row: CaseRow, set: Record<string, unknown> = {}): Promise<void> {
  await trx
    .updateTable('cases')
    .set({ ...set, version: row.version + 1, updated_at: new Date() })
    .where('id', '=', row.id)
    .execute();
}

export function isoDateNotAfter(value: string, today: string, field: string, label: string): void {
  if (value > today)
    throw new AppError('VALIDATION_FAILED', [
      { field, message: `${label}${value}晚于今天`, messageEn: `${field} ${value} is in the future` },
    ]);
}
