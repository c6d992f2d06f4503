import { isRoleCode } from '@sanxiang/core';
import { sql } from 'kysely';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';

export function userQuery(db: Tx) {
  return db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.unit_id',
      'un.name as unit_name',
      'u.person_id',
      'u.disabled_at',
      'u.locked_until',
      'u.totp_enabled',
      'u.must_change_password',
      'u.last_login_at',
      sql<
        string[]
      >`coalesce((select json_agg(ur.role order by ur.role) from user_roles ur where ur.user_id = u.id), '[]'::json)`.as(
        'roles',
      ),
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof userQuery>['executeTakeFirstOrThrow']>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function presentUser(row: UserRow) {
  const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles) as string[];
  const locked = row.locked_until && new Date(row.locked_until).getTime() > Date.now();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    unit: { id: row.unit_id, name: row.unit_name },
    personId: row.person_id,
    roles: roles.filter(isRoleCode),
    status: (row.disabled_at ? 'disabled' : 'active') as 'active' | 'disabled',
    lockedUntil: locked ? iso(row.locked_until) : null,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    lastLoginAt: iso(row.last_login_at),
  };
}

export async function getUserOrThrow(db: Tx, id: string) {
  const row = await userQuery(db).where('u.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return presentUser(row);
}
