import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (tests clone a migrated template from it). */
  dumpDataDir?: () => Promise<Blob | File>;
}

const DATE_OID = 1082;
const INT8_OID = 20;

// Dates stay 'YYYY-MM-DD' strings (a legal day, not an instant); bigint sequence numbers stay strings.
pg.types.setTypeParser(DATE_OID, (v: string) => v);

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** A ready PGlite data directory image to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
  /** In-memory PGlite (tests): no lock file, nothing on disk. */
  memory?: boolean;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server ends (a restart, a failover, DROP DATABASE … WITH (FORCE) in tests) is
    // reported on the pool; without a listener that error would crash the process. The pool replaces it.
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }
  let lock: DataDirLock | null = null;
  if (!options.memory) lock = lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create({
      dataDir: options.memory ? undefined : path.join(options.dataDir, 'pgdata'),
      loadDataDir: options.loadDataDir,
      // pg_trgm: substring search in Chinese text (law library, matters); PostgreSQL ships it in contrib.
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => v },
    });
    // The embedded database lives in memory pages: a random read costs what a sequential one does, so the
    // planner should prefer index probes over scanning the wide cases table (bench/cases.ts: the case list at
    // 100,000 cases took about half the time with this). PostgreSQL servers set it in their own configuration.
    await pglite.exec('set random_page_cost = 1.1');
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      kind: 'pglite',
      dumpDataDir: () => pglite.dumpDataDir('none'),
      close: async () => {
        await db.destroy();
        lock?.release();
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
