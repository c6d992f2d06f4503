import type { Me } from './auth-api';

/**
 * What the signed-in user may see. The server refuses everything else while a password change or TOTP
 * enrolment is pending, so the console shows only that one page instead of a menu full of errors.
 * The password comes first: enrolling TOTP needs a session that is allowed to call /auth/totp/*.
 */
export type Gate = 'change-password' | 'enrol-totp' | 'console';

export function gateFor(me: Pick<Me, 'mustChangePassword' | 'totpRequired' | 'totpEnabled'>): Gate {
  if (me.mustChangePassword) return 'change-password';
  if (me.totpRequired && !me.totpEnabled) return 'enrol-totp';
  return 'console';
}
