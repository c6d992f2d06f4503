import type { Permission } from '@sanxiang/core';

/**
 * Every API route declares who may call it; build-app refuses to start if one does not (policy on every
 * route). 'public' routes need no sign-in; 'session' routes need any signed-in staff member; otherwise a
 * permission from core's table. `pending: true` routes stay reachable while a password change or TOTP
 * enrolment is still owed (the forced-change pages need them).
 */
export interface RouteAccess {
  access: 'public' | 'session' | Permission;
  pending?: boolean;
  /**
   * A POST a read-only role may still make because it attests to existing records rather than changing
   * them (the audit administrator signing a tree head of the log, R-01). Still needs the permission.
   */
  readOnlyMayCall?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess['access'];
    pending?: boolean;
    readOnlyMayCall?: boolean;
  }
}
