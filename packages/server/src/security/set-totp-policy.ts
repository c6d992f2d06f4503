import type { RoleCode } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { listRoles } from './list-roles.js';

export async function setTotpPolicy(
  deps: AppDeps,
  ctx: RequestContext,
  role: RoleCode,
  required: boolean,
  reason: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('role_policies')
      .select('totp_required')
      .where('role', '=', role)
      .executeTakeFirst();
    await trx
      .insertInto('role_policies')
      .values({ role, totp_required: required })
      .onConflict((oc) => oc.column('role').doUpdateSet({ totp_required: required }))
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'security.totp-policy-changed',
      targetType: 'role',
      targetId: role,
      changes: { totp_required: { before: before?.totp_required ?? false, after: required } },
      reason,
    });
  });
  return listRoles(deps);
}
