import type { RoleCode } from '@sanxiang/core';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/open-database.js';
import type { DB } from './db/schema.js';

/** Who is acting. Built from the session on every request; operations never trust anything else. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: RoleCode[];
  sessionId: string | null;
}

/** Request metadata threaded into every operation, so its audit event knows who, from where. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  userAgent: string;
}

export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: Config;
}

export type Tx = Transaction<DB> | Kysely<DB>;

/** A context for work the system does itself (CLI, seeding, scheduled jobs). */
export function systemContext(what: string): RequestContext {
  return { actor: null, ip: 'local', userAgent: what };
}
