import { type Permission, ROLES, type RoleCode } from '@sanxiang/core';
import type { UserAccount } from './users-api';

/** The separated administrators (三权分立) among the given roles; more than one is refused by the server. */
export function adminRolesIn(roles: readonly RoleCode[]): RoleCode[] {
  return roles.filter((r) => ROLES[r]?.admin);
}

/** Roles that require a legal-profession qualification on record for the linked person. */
export function rolesNeedingQualification(roles: readonly RoleCode[]): RoleCode[] {
  return roles.filter((r) => ROLES[r]?.needsLegalQualification);
}

export function isLocked(user: Pick<UserAccount, 'lockedUntil'>, now: Date): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();
}

export type AccountAction = 'disable' | 'enable' | 'roles' | 'unlock' | 'reset-password';

/**
 * The actions to offer on one account row. Each needs its own permission (the duties are split between
 * the system and the security administrator); some only make sense in a given state.
 */
export function accountActions(
  user: Pick<UserAccount, 'status' | 'lockedUntil'>,
  can: (p: Permission) => boolean,
  now: Date,
): AccountAction[] {
  const out: AccountAction[] = [];
  if (can('users.enable')) out.push(user.status === 'active' ? 'disable' : 'enable');
  if (can('users.roles')) out.push('roles');
  if (can('users.unlock') && isLocked(user, now)) out.push('unlock');
  if (can('users.reset-password')) out.push('reset-password');
  return out;
}
