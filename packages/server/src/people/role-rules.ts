import { ROLES, type RoleCode } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';

/**
 * Role combinations the law and 等保 forbid: the three administrators are held by three different
 * people and by no one who also enforces (三权分立); reviewer roles need a recorded 法律职业资格 (L-02).
 */
export async function checkRoleAssignment(
  db: Tx,
  roles: readonly RoleCode[],
  personId: string | null,
): Promise<void> {
  const adminRoles = roles.filter((r) => ROLES[r].admin);
  if (adminRoles.length > 1 || (adminRoles.length === 1 && roles.length > 1))
    throw new AppError('ADMIN_ROLES_EXCLUSIVE');
  if (roles.some((r) => ROLES[r].needsLegalQualification)) {
    const qualified = personId
      ? await db
          .selectFrom('legal_qualifications')
          .select('id')
          .where('person_id', '=', personId)
          .executeTakeFirst()
      : undefined;
    if (!qualified) throw new AppError('ROLE_NEEDS_QUALIFICATION');
  }
}
