import { isRoleCode, permissionsOf } from '@sanxiang/core';
import type { AppDeps } from '../context.js';
import { loadUnitTree } from '../people/unit-tree.js';
import { totpRequiredFor } from './totp-required.js';

export async function getMe(deps: AppDeps, userId: string) {
  const user = await deps.db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'display_name',
      'unit_id',
      'must_change_password',
      'totp_enabled',
      'last_login_at',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const roles = (
    await deps.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', userId)
      .orderBy('role')
      .execute()
  )
    .map((r) => r.role)
    .filter(isRoleCode);
  const tree = await loadUnitTree(deps.db);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    unit: { id: user.unit_id, name: tree.get(user.unit_id)?.name ?? '', path: tree.path(user.unit_id) },
    roles,
    permissions: permissionsOf(roles),
    mustChangePassword: user.must_change_password,
    totpEnabled: user.totp_enabled,
    totpRequired: await totpRequiredFor(deps, roles),
    lastLoginAt: user.last_login_at ? new Date(user.last_login_at).toISOString() : null,
  };
}
