import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, signTreeHead, systemContext } from '@sanxiang/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `sanxiang verify` exits 0 on an untouched database and non-zero naming the first bad entry.
const root = path.resolve(import.meta.dirname, '../../..');
const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(root, 'packages/cli/src/run.ts'), ...args],
    { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 180_000 },
  );

describe('sanxiang verify', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-verify-'));
    env = { SANXIANG_DATA_DIR: dir, SANXIANG_BLOB_DIR: path.join(dir, 'blobs') };
    expect(cli(['migrate'], env).status).toBe(0);
    const database = await openDatabase({ databaseUrl: null, dataDir: dir });
    try {
      await signTreeHead(database.db, systemContext('test'), 'request');
    } finally {
      await database.close();
    }
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes on the untouched log, then names the audit row changed behind the trigger', async () => {
    const ok = cli(['verify'], env);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('校验通过');

    const database = await openDatabase({ databaseUrl: null, dataDir: dir });
    let seq: string;
    try {
      const row = await database.db
        .selectFrom('audit_events')
        .select('seq')
        .orderBy('seq')
        .executeTakeFirstOrThrow();
      seq = row.seq;
      await sql`alter table audit_events disable trigger audit_events_no_update`.execute(database.db);
      await sql`update audit_events set ip = '10.0.0.99' where seq = ${seq}`.execute(database.db);
      await sql`alter table audit_events enable trigger audit_events_no_update`.execute(database.db);
    } finally {
      await database.close();
    }
    const bad = cli(['verify', '--no-blobs'], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`first bad entry: [audit-event ${seq}]`);
    const json = JSON.parse(cli(['verify', '--json', '--no-blobs'], env).stdout);
    expect(json.ok).toBe(false);
    expect(json.firstProblem).toMatchObject({ kind: 'audit-event', at: seq });
  }, 240_000);
});
