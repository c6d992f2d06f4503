import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';
import { loadAccessRequest } from './load-access-request.js';
import { presentAccessRequest } from './present-access-request.js';
import type { accessRequestBody } from './schemas.js';
import { loadCaseAccessSettings } from './settings.js';

/**
 * ask to read another unit's case. The case is named by its 立案号 or 案源编号 (the asker cannot see it
 * in a list); the request goes to the leader of the unit that owns the case. A case the asker already reads
 * needs no request (409); an open request for the same case is not repeated (409).
 */
export async function requestCaseAccess(
  deps: AppDeps,
  ctx: RequestContext,
  input: z.infer<typeof accessRequestBody>,
) {
  const actor = ctx.actor!;
  const settings = await loadCaseAccessSettings(deps.db);
  const hours = input.hours ?? settings.defaultHours;
  if (hours > settings.maxHours)
    throw new AppError('CASE_ACCESS_HOURS_TOO_LONG', { maxHours: settings.maxHours });
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom('cases')
      .select(['id', 'unit_id'])
      .where((eb) => eb.or([eb('case_no', '=', input.caseNo), eb('source_no', '=', input.caseNo)]))
      .executeTakeFirst();
    if (!c) throw new AppError('NOT_FOUND');
    const visible = await visibleUnitIds(trx, actor);
    if (visible === null || visible.includes(c.unit_id)) throw new AppError('CASE_ACCESS_NOT_NEEDED');
    const open = await trx
      .selectFrom('case_access_requests')
      .select('id')
      .where('requester_id', '=', actor.userId)
      .where('case_id', '=', c.id)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb.and([eb('status', '=', 'approved'), eb('valid_until', '>', new Date())]),
        ]),
      )
      .executeTakeFirst();
    if (open) throw new AppError('CASE_ACCESS_ALREADY_REQUESTED', { requestId: open.id });
    await trx
      .insertInto('case_access_requests')
      .values({
        id,
        case_id: c.id,
        case_unit_id: c.unit_id,
        requester_id: actor.userId,
        requester_name: actor.displayName,
        requester_unit_id: actor.unitId,
        reason: input.reason,
        hours,
        status: 'pending',
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'case-access.requested',
      targetType: 'case',
      targetId: c.id,
      changes: { request: { before: null, after: { id, hours } } },
      reason: input.reason,
    });
  });
  const row = (await loadAccessRequest(deps.db, id))!;
  return presentAccessRequest(row, new Date(), () => false);
}
