import { PERMISSIONS, type Permission, permissionsOf } from '@sanxiang/core';
import type { Me } from './auth-api';

const KNOWN = new Set<string>(Object.keys(PERMISSIONS));

/**
 * The permissions the console acts on. The server's list wins because it is what the API enforces; the
 * role table in core is the fallback for a server that leaves the list out. Unknown strings (a newer
 * server) are dropped so they cannot match anything by accident.
 */
export function effectivePermissions(me: Pick<Me, 'roles' | 'permissions'>): Set<Permission> {
  const fromServer = Array.isArray(me.permissions) ? me.permissions : permissionsOf(me.roles);
  return new Set(fromServer.filter((p): p is Permission => KNOWN.has(p)));
}
