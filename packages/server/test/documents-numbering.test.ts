import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { todayInChina } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type AppDeps, systemContext } from '../src/context.js';
import { type Database, openDatabase } from '../src/db/open-database.js';
import { draftDocument } from '../src/documents/draft-document.js';
import { issueDocument } from '../src/documents/issue-document.js';
import { issueNumber } from '../src/documents/issue-number.js';
import { insertBareCase, nextSerial } from './documents-fixtures.js';
import { cloneDatabase, dropDatabase } from './support/postgres-admin.js';
import { backends, testDatabase } from './support/test-database.js';

// Official numbers (皋城管罚决字〔2026〕第12号): one sequence per kind per year, taken under a row lock in the
// issuing transaction, so that many issuers at once get 1..n with no gap and no number twice, and a
// transaction that fails gives its number back. On every backend; on PostgreSQL also from two separate
// connection pools, as two server processes would be.

// A prefix of its own: the demo bureau's documents (皋城管…) have taken numbers of their own already.
const ORGAN = '试城管';
const take = (
  db: Database['db'],
  kind: 'penalty-decision' | 'prior-notice' = 'penalty-decision',
  year = 2026,
) => db.transaction().execute((trx) => issueNumber(trx, kind, year, ORGAN));

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

let blobDir: string;
beforeAll(() => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-doc-numbers-'));
});
afterAll(() => fs.rmSync(blobDir, { recursive: true, force: true }));

const depsOf = (database: Database): AppDeps => ({
  db: database.db,
  dbKind: database.kind,
  config: { ...loadConfig({ SANXIANG_BLOB_DIR: blobDir }), port: 0 },
});

describe.each(backends())('document numbers on %s', (backend) => {
  let database: Database;
  beforeEach(async () => {
    database = await testDatabase(backend);
  });
  afterEach(async () => {
    await database.close();
  });

  it('50 concurrent issues of one kind get 1..50: no gap, no number twice', async () => {
    const taken = await Promise.all(range(50).map(() => take(database.db)));
    const serials = taken.map((t) => t!.serial).sort((a, b) => a - b);
    expect(serials).toEqual(range(50));
    expect(new Set(taken.map((t) => t!.number)).size).toBe(50);
    expect(taken.map((t) => t!.number)).toContain('试城管罚决字〔2026〕第12号');
  });

  it('a transaction that fails after taking a number gives it back', async () => {
    expect((await take(database.db))!.serial).toBe(1);
    await expect(
      database.db.transaction().execute(async (trx) => {
        const n = await issueNumber(trx, 'penalty-decision', 2026, ORGAN);
        expect(n!.serial).toBe(2);
        throw new Error('rendering failed');
      }),
    ).rejects.toThrow('rendering failed');
    expect((await take(database.db))!.serial).toBe(2);
    // Under concurrency too: of 30 issuers every other one fails; the 15 that commit hold 3..17.
    const outcomes = await Promise.allSettled(
      range(30).map((i) =>
        database.db.transaction().execute(async (trx) => {
          const n = await issueNumber(trx, 'penalty-decision', 2026, ORGAN);
          if (i % 2 === 0) throw new Error('fails');
          return n!.serial;
        }),
      ),
    );
    const kept = outcomes
      .filter((o): o is PromiseFulfilledResult<number> => o.status === 'fulfilled')
      .map((o) => o.value)
      .sort((a, b) => a - b);
    expect(kept).toEqual(range(15).map((n) => n + 2));
  });

  it('each kind and each year has its own sequence; records and forms take no number', async () => {
    expect((await take(database.db, 'penalty-decision', 2026))!.number).toBe('试城管罚决字〔2026〕第1号');
    expect((await take(database.db, 'prior-notice', 2026))!.number).toBe('试城管罚告字〔2026〕第1号');
    expect((await take(database.db, 'penalty-decision', 2027))!.number).toBe('试城管罚决字〔2027〕第1号');
    expect((await take(database.db, 'penalty-decision', 2026))!.number).toBe('试城管罚决字〔2026〕第2号');
    const none = await database.db
      .transaction()
      .execute((trx) => issueNumber(trx, 'inquiry-record', 2026, ORGAN));
    expect(none).toBeNull();
  });

  it('50 documents issued at once through the issuing operation are numbered 1..50', async () => {
    const deps = depsOf(database);
    const ctx = systemContext('test');
    const caseId = await insertBareCase(database.db);
    const base =
      (await nextSerial(database.db, 'rectification-notice', Number(todayInChina().slice(0, 4)))) - 1;
    const drafts = [];
    for (let i = 0; i < 50; i++)
      drafts.push((await draftDocument(deps, ctx, caseId, { kind: 'rectification-notice' })).document.id);
    const issued = await Promise.all(drafts.map((id) => issueDocument(deps, ctx, caseId, id)));
    const year = issued[0]!.document.issuedOn!.slice(0, 4);
    const numbers = issued.map((d) => d.document.number!);
    expect(numbers.map((n) => Number(/第(\d+)号$/.exec(n)![1])).sort((a, b) => a - b)).toEqual(
      range(50).map((n) => n + base),
    );
    expect(numbers).toContain(`皋城管责改字〔${year}〕第${base + 50}号`);
    // Each frozen file carries its own number: fifty different PDFs.
    expect(new Set(issued.map((d) => d.document.pdf!.sha256)).size).toBe(50);
  }, 180_000);
});

// Two server processes on PostgreSQL: two separate pools on one database, issuing at the same time. Runs
// when the suite has a PostgreSQL (TEST_DATABASE_URL, e.g. ../shared/ci/with-postgres); skipped otherwise.
const postgres = !!process.env.TEST_DATABASE_URL;
describe.skipIf(!postgres)(
  'document numbers from two server processes (PostgreSQL only; skipped without TEST_DATABASE_URL)',
  () => {
    let copy: { name: string; url: string };
    let a: Database;
    let b: Database;
    beforeEach(async () => {
      copy = await cloneDatabase(process.env.TEST_DATABASE_URL!, inject('postgresTemplate')!);
      a = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 5 });
      b = await openDatabase({ databaseUrl: copy.url, dataDir: '', poolSize: 5 });
    });
    afterEach(async () => {
      await a.close();
      await b.close();
      await dropDatabase(process.env.TEST_DATABASE_URL!, copy.name);
    });

    it('numbers taken by both pools at once are 1..60 with no gap and none twice', async () => {
      const taken = await Promise.all(range(60).map((i) => take(i % 2 ? a.db : b.db)));
      expect(taken.map((t) => t!.serial).sort((x, y) => x - y)).toEqual(range(60));
    });

    it('documents issued through both pools at once are numbered 1..40', async () => {
      const ctx = systemContext('test');
      const caseId = await insertBareCase(a.db);
      const base = (await nextSerial(a.db, 'prior-notice', Number(todayInChina().slice(0, 4)))) - 1;
      const [depsA, depsB] = [depsOf(a), depsOf(b)];
      const drafts = [];
      for (let i = 0; i < 40; i++)
        drafts.push((await draftDocument(depsA, ctx, caseId, { kind: 'prior-notice' })).document.id);
      const issued = await Promise.all(
        drafts.map((id, i) => issueDocument(i % 2 ? depsA : depsB, ctx, caseId, id)),
      );
      const serials = issued.map((d) => Number(/第(\d+)号$/.exec(d.document.number!)![1]));
      expect(serials.sort((x, y) => x - y)).toEqual(range(40).map((n) => n + base));
    }, 180_000);
  },
);
