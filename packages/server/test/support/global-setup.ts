import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { bootstrap } from '../../src/bootstrap.js';
import { openDatabase } from '../../src/db/open-database.js';
import { createTemplateDatabase, dropDatabase } from './postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/**
 * Migrate and seed once per run, then let every test file clone the result (DESIGN "Tests that stay fast"):
 * PGlite always, as a dumped data directory; PostgreSQL too when TEST_DATABASE_URL is set, as a template database.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-test-'));
  const pglite = await openDatabase({ databaseUrl: null, dataDir: dir, memory: true });
  await bootstrap(pglite, { demo: true });
  const raw = await dumpPglite(pglite);
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, raw);
  await pglite.close();
  project.provide('pgliteTemplate', file);

  let template: string | null = null;
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    template = await createTemplateDatabase(url, async (templateUrl) => {
      const pg = await openDatabase({ databaseUrl: templateUrl, dataDir: dir, poolSize: 2 });
      await bootstrap(pg, { demo: true });
      await pg.close();
    });
  }
  project.provide('postgresTemplate', template);

  return async () => {
    if (url && template) await dropDatabase(url, template);
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function dumpPglite(database: Awaited<ReturnType<typeof openDatabase>>): Promise<Buffer> {
  const blob = await database.dumpDataDir!();
  return Buffer.from(await blob.arrayBuffer());
}
