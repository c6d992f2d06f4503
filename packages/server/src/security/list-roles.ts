import { ROLE_CODES, ROLES } from '@sanxiang/core';
import type { AppDeps } from '../context.js';

export async function listRoles(deps: AppDeps) {
  const policies = new Map(
    (await deps.db.selectFrom('role_policies').selectAll().execute()).map((p) => [p.role, p.totp_required]),
  );
  return {
    items: ROLE_CODES.map((code) => {
      const role = ROLES[code];
      return {
        code,
        name: role.name,
        nameEn: role.nameEn,
        description: role.description,
        reach: role.reach,
        readOnly: role.readOnly,
        admin: role.admin,
        // Outside demo mode administrators always need a second factor, whatever the table says.
        totpRequired: (role.admin && !deps.config.demo) || (policies.get(code) ?? false),
      };
    }),
  };
}
