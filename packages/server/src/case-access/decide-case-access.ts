import { grantExpiry } from '@sanxiang/core';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';
import { loadAccessRequest } from './load-access-request.js';
import { leadsUnit, presentAccessRequest } from './present-access-request.js';
import type { accessDecisionBody } from './schemas.js';
import { loadCaseAccessSettings } from './settings.js';

/**
 * the leader of the unit that owns the case approves or denies a cross-unit read. An approval is valid
 * from now for the hours asked (or fewer, if the leader shortens it; never more than the configured maximum).
 * Nobody decides their own request; a request is decided once.
 */
export async function decideCaseAccess(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof accessDecisionBody>,
) {
  const actor = ctx.actor!;
  const settings = await loadCaseAccessSettings(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('case_access_requests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw new AppError('NOT_FOUND');
    const visible = await visibleUnitIds(trx, actor);
    if (!leadsUnit(actor, visible, r.case_unit_id)) {
      // Outside the decider's units the request does not exist for them.
      if (visible && !visible.includes(r.case_unit_id)) throw new AppError('NOT_FOUND');
      throw new AppError('CASE_ACCESS_NOT_UNIT_LEADER');
    }
    if (r.requester_id === actor.userId) throw new AppError('CASE_ACCESS_OWN_REQUEST');
    if (r.status !== 'pending') throw new AppError('CASE_ACCESS_ALREADY_DECIDED', { status: r.status });
    const hours = Math.min(input.hours ?? r.hours, r.hours);
    if (hours > settings.maxHours)
      throw new AppError('CASE_ACCESS_HOURS_TOO_LONG', { maxHours: settings.maxHours });
    const now = new Date();
    const set = input.approve
      ? { status: 'approved' as const, hours, valid_from: now, valid_until: grantExpiry(now, hours) }
      : { status: 'denied' as const };
    await trx
      .updateTable('case_access_requests')
      .set({
        ...set,
        decided_by: actor.userId,
        decided_by_name: actor.displayName,
        decided_at: now,
        opinion: input.opinion,
      })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: input.approve ? 'case-access.approved' : 'case-access.denied',
      targetType: 'case',
      targetId: r.case_id,
      changes: {
        status: { before: 'pending', after: set.status },
        ...(input.approve
          ? { validUntil: { before: null, after: grantExpiry(now, hours).toISOString() } }
          : {}),
      },
      reason: input.opinion,
    });
  });
  const row = (await loadAccessRequest(deps.db, id))!;
  return presentAccessRequest(row, new Date(), () => false);
}
