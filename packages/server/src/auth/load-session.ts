import { isRoleCode } from '@sanxiang/core';
import { sql } from 'kysely';
import type { Actor, AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { sessionId } from './session-token.js';
import { adminNeedsTotp } from './totp-required.js';

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
  /** What the user still owes before using the system: a new password, or TOTP enrolment. */
  pending: 'password' | 'totp' | null;
}

// Touching last_seen_at on every request would write on every read; a minute's slack is harmless.
const TOUCH_AFTER_MS = 60_000;

/** Resolves a session cookie into an actor, enforcing the idle time-out (等保: session time-out). */
export async function loadSession(deps: AppDeps, token: string | undefined): Promise<LoadedSession | null> {
  if (!token) return null;
  const id = sessionId(token);
  const row = await deps.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      's.id',
      's.csrf_token',
      's.last_seen_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.unit_id',
      'un.name as unit_name',
      'u.must_change_password',
      'u.totp_enabled',
      'u.disabled_at',
      sql<
        string[]
      >`coalesce((select json_agg(ur.role order by ur.role) from user_roles ur where ur.user_id = u.id), '[]'::json)`.as(
        'roles',
      ),
      // The per-role TOTP policy, read in the same query so a request costs one round trip here.
      sql<boolean>`exists (select 1 from user_roles ur join role_policies rp on rp.role = ur.role where ur.user_id = u.id and rp.totp_required)`.as(
        'policy_totp',
      ),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  if (row.disabled_at) {
    await deps.db.deleteFrom('sessions').where('user_id', '=', row.user_id).execute();
    return null;
  }
  if (now - new Date(row.last_seen_at).getTime() > deps.config.sessionIdleMinutes * 60_000) {
    await deps.db.deleteFrom('sessions').where('id', '=', id).execute();
    throw new AppError('AUTH_SESSION_EXPIRED');
  }
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute();
  }
  const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles).filter(isRoleCode);
  const actor: Actor = {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    roles,
    sessionId: id,
  };
  let pending: LoadedSession['pending'] = null;
  if (row.must_change_password) pending = 'password';
  else if (!row.totp_enabled && (row.policy_totp || adminNeedsTotp(deps, roles))) pending = 'totp';
  return { actor, csrfToken: row.csrf_token, pending };
}
