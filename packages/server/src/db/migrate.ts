import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-law-library.js';
import * as m0003 from './migrations/0003-catalogues.js';
import * as m0004 from './migrations/0004-rules-register.js';
import * as m0005 from './migrations/0005-cases.js';
import * as m0006 from './migrations/0006-documents.js';
import * as m0007 from './migrations/0007-catalog-order-indexes.js';
import * as m0008 from './migrations/0008-case-deadline-due.js';
import * as m0009 from './migrations/0009-legal-review.js';
import * as m0010 from './migrations/0010-transparency-log.js';
import * as m0011 from './migrations/0011-evidence.js';
import * as m0012 from './migrations/0012-case-file-access.js';
import * as m0013 from './migrations/0013-publicity.js';
import * as m0014 from './migrations/0014-publicity-reports.js';
import type { DB } from './schema.js';

// Versioned migrations, in order. One set for PGlite and PostgreSQL; they run at every start.
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-law-library': m0002,
  '0003-catalogues': m0003,
  '0004-rules-register': m0004,
  '0005-cases': m0005,
  '0006-documents': m0006,
  '0007-catalog-order-indexes': m0007,
  '0008-case-deadline-due': m0008,
  '0009-legal-review': m0009,
  '0010-transparency-log': m0010,
  '0011-evidence': m0011,
  '0012-case-file-access': m0012,
  '0013-publicity': m0013,
  '0014-publicity-reports': m0014,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
