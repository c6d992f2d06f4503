import { ROLES, type RoleCode } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { checkRoleAssignment } from './role-rules.js';
import { getUserOrThrow } from './user-query.js';

/** The security administrator assigns roles (三权分立: not the system administrator who creates accounts). */
export async function setUserRoles(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  roles: RoleCode[],
  reason: string,
) {
  if (ctx.actor?.userId === id) throw new AppError('CANNOT_CHANGE_OWN_ACCOUNT');
  const unique = [...new Set(roles)].sort();
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND');
    const before = (
      await trx.selectFrom('user_roles').select('role').where('user_id', '=', id).orderBy('role').execute()
    ).map((r) => r.role);
    await checkRoleAssignment(trx, unique, user.person_id);
    // Never remove the last holder of an administrator role: nobody could then administer the system.
    for (const role of before) {
      if (!ROLES[role as RoleCode]?.admin || unique.includes(role as RoleCode)) continue;
      const others = await trx
        .selectFrom('user_roles as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select('r.user_id')
        .where('r.role', '=', role)
        .where('r.user_id', '!=', id)
        .where('u.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!others) throw new AppError('LAST_ADMIN');
    }
    await trx.deleteFrom('user_roles').where('user_id', '=', id).execute();
    if (unique.length > 0)
      await trx
        .insertInto('user_roles')
        .values(unique.map((role) => ({ user_id: id, role })))
        .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'user.roles-changed',
      targetType: 'user',
      targetId: id,
      changes: { roles: { before, after: unique } },
      reason,
    });
  });
  return { user: await getUserOrThrow(deps.db, id) };
}
