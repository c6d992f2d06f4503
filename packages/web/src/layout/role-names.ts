import { isRoleCode, ROLES } from '@sanxiang/core';
import type { Lang } from '../i18n/lang';

/** A role's display name from the shared role table; unknown codes (a newer server) are shown raw. */
export function roleName(code: string, lang: Lang): string {
  if (!isRoleCode(code)) return code;
  const role = ROLES[code];
  return lang === 'en' ? role.nameEn : role.name;
}
