import type { z } from 'zod';
import type { AppDeps, RequestContext } from '../context.js';
import { visibleUnitIds } from '../people/scope.js';
import { accessRequestQuery } from './load-access-request.js';
import { type AccessRequestRow, leadsUnit, presentAccessRequest } from './present-access-request.js';
import type { listAccessRequestsQuery } from './schemas.js';

/**
 * R-08 requests by box: 'mine' (what I asked for: my grants), 'decide' (requests for cases of the units I
 * lead), 'all' (the supervision centre and bureau-level readers: every request in their scope). Status
 * 'valid' and 'expired' are approved requests inside or past their time.
 */
export async function listCaseAccessRequests(
  deps: AppDeps,
  ctx: RequestContext,
  input: z.infer<typeof listAccessRequestsQuery>,
) {
  const actor = ctx.actor!;
  const now = new Date();
  const visible = await visibleUnitIds(deps.db, actor);
  let q = accessRequestQuery(deps.db);
  if (input.box === 'mine') q = q.where('r.requester_id', '=', actor.userId);
  else if (visible) q = q.where('r.case_unit_id', 'in', visible.length ? visible : ['']);
  if (input.box === 'decide' && !actor.roles.some((r) => r === 'bureau_head' || r === 'squad_leader'))
    q = q.where('r.id', '=', '');
  if (input.status === 'valid') q = q.where('r.status', '=', 'approved').where('r.valid_until', '>', now);
  else if (input.status === 'expired')
    q = q.where('r.status', '=', 'approved').where('r.valid_until', '<=', now);
  else if (input.status) q = q.where('r.status', '=', input.status);
  const total = Number(
    (
      await q
        .clearSelect()
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const rows = (await q
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute()) as AccessRequestRow[];
  const decidable = (r: AccessRequestRow) =>
    r.requester_id !== actor.userId && leadsUnit(actor, visible, r.case_unit_id);
  return {
    items: rows.map((r) => presentAccessRequest(r, now, decidable)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
