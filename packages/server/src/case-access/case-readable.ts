import { type ReadBasis, readBasis } from '@sanxiang/core';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';

// R-08 levelled access, applied to reads of one case: the actor's unit scope (own subtree, or all for the
// supervision centre and bureau-level roles), else a valid approved request for exactly this case. Writes
// never go through here: a grant lets its holder read, never act (cases/load-case.ts keeps the unit scope).

export interface ReadDecision {
  basis: Exclude<ReadBasis, 'none'>;
  /** The request that granted the read, when basis is 'grant'. */
  requestId: string | null;
}

export async function validGrants(db: Tx, actor: Actor, now: Date, caseId?: string) {
  let q = db
    .selectFrom('case_access_requests')
    .select(['id', 'case_id', 'status', 'valid_from', 'valid_until'])
    .where('requester_id', '=', actor.userId)
    .where('status', '=', 'approved')
    .where('valid_from', '<=', now)
    .where('valid_until', '>', now);
  if (caseId) q = q.where('case_id', '=', caseId);
  return q.execute();
}

/** Throws NOT_FOUND when the actor may not read the case, so a case outside the scope does not reveal itself. */
export async function assertCaseReadable(
  db: Tx,
  actor: Actor,
  c: { id: string; unit_id: string },
  now = new Date(),
): Promise<ReadDecision> {
  const visible = await visibleUnitIds(db, actor);
  const grants =
    visible === null || visible.includes(c.unit_id) ? [] : await validGrants(db, actor, now, c.id);
  const basis = readBasis(
    visible,
    c.unit_id,
    grants.map((g) => ({
      caseId: g.case_id,
      status: g.status,
      validFrom: new Date(g.valid_from!).toISOString(),
      validUntil: new Date(g.valid_until!).toISOString(),
    })),
    c.id,
    now,
  );
  if (basis === 'none') throw new AppError('NOT_FOUND');
  return { basis, requestId: basis === 'grant' ? grants[0]!.id : null };
}

/** Ids of the cases outside the actor's scope that a valid grant lets it read now (for the case list). */
export async function grantedCaseIds(db: Tx, actor: Actor, now = new Date()): Promise<string[]> {
  return (await validGrants(db, actor, now)).map((g) => g.case_id);
}
