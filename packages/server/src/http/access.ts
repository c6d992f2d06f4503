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
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess['access'];
    pending?: boolean;
  }
}
