import { ROLES, type RoleCode } from '@sanxiang/core';
import type { AppDeps } from '../context.js';

/**
 * Whether the holder of these roles must sign in with a second factor: the security administrator's
 * per-role policy, and always for the three administrators outside demo mode (等保 level 3).
 */
export async function totpRequiredFor(deps: AppDeps, roles: readonly RoleCode[]): Promise<boolean> {
  if (roles.length === 0) return false;
  if (adminNeedsTotp(deps, roles)) return true;
  const hit = await deps.db
    .selectFrom('role_policies')
    .select('role')
    .where('role', 'in', roles as RoleCode[])
    .where('totp_required', '=', true)
    .executeTakeFirst();
  return hit !== undefined;
}

/** The fixed part of the rule: administrators, outside demo mode. */
export function adminNeedsTotp(deps: AppDeps, roles: readonly RoleCode[]): boolean {
  return !deps.config.demo && roles.some((r) => ROLES[r].admin);
}
