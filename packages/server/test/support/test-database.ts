import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.js';
import { cloneDatabase, dropDatabase } from './postgres-admin.js';

export type Backend = 'pglite' | 'postgresql';

/** The backends data-layer tests run on: PGlite always, PostgreSQL when a test database URL is given. */
export function backends(): Backend[] {
  return inject('postgresTemplate') ? ['pglite', 'postgresql'] : ['pglite'];
}

/** The backend API tests run on: PostgreSQL when given, else PGlite (CI runs the suite once for each). */
export function primaryBackend(): Backend {
  return inject('postgresTemplate') ? 'postgresql' : 'pglite';
}

/** A private copy of the migrated, seeded template database; closing it throws the copy away. */
export async function testDatabase(backend: Backend = primaryBackend()): Promise<Database> {
  if (backend === 'pglite') {
    const image = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ databaseUrl: null, dataDir: '', memory: true, loadDataDir: image });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const template = inject('postgresTemplate')!;
  const copy = await cloneDatabase(url, template);
  const database = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(url, copy.name);
    },
  };
}
