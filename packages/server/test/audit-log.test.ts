import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../src/audit/append-audit-event.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { systemContext } from '../src/context.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/open-database.js';
import { backends, testDatabase } from './support/test-database.js';

// Data-layer tests: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set.
describe.each(backends())('audit log on %s (R-01)', (backend) => {
  let database: Database;
  afterEach(async () => {
    await database?.close();
  });

  const open = async () => {
    database = await testDatabase(backend);
    return database.db;
  };

  it('R-01 refuses UPDATE, DELETE and TRUNCATE of audit rows in the database itself', async () => {
    const db = await open();
    const count = async () => (await db.selectFrom('audit_events').select('seq').execute()).length;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(sql`update audit_events set reason = 'rewritten'`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(/append-only/);
    // The Merkle leaves reference the events, so a plain TRUNCATE stops at the reference; with CASCADE the
    // append-only triggers of both tables refuse it.
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only|referenced/);
    await expect(sql`truncate audit_events cascade`.execute(db)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  it('R-01 chains each event to the one before and verifies the whole chain', async () => {
    const db = await open();
    const ctx = systemContext('test');
    const a = await db.transaction().execute((trx) =>
      appendAuditEvent(trx, ctx, {
        operation: 'calendar.day-changed',
        targetType: 'calendar_day',
        targetId: '2027-01-01',
      }),
    );
    const b = await db.transaction().execute((trx) =>
      appendAuditEvent(trx, ctx, {
        operation: 'calendar.day-changed',
        targetType: 'calendar_day',
        targetId: '2027-01-02',
      }),
    );
    expect(b.prev_hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThanOrEqual(2);
  });

  it('R-01 detects a row changed behind the trigger’s back', async () => {
    const db = await open();
    const ctx = systemContext('test');
    for (let i = 0; i < 3; i++) {
      await db.transaction().execute((trx) =>
        appendAuditEvent(trx, ctx, {
          operation: 'user.unlocked',
          targetType: 'user',
          targetId: `u${i}`,
          reason: 'test',
        }),
      );
    }
    const target = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('target_id', '=', 'u1')
      .executeTakeFirstOrThrow();
    // Only a database superuser can do this; the chain still tells.
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
    await sql`update audit_events set reason = 'quietly changed' where seq = ${target.seq}`.execute(db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq).toBe(Number(target.seq));
  });

  it('a failed operation leaves neither its change nor its audit event', async () => {
    const db = await open();
    const users = (await db.selectFrom('users').select('id').execute()).length;
    const events = (await db.selectFrom('audit_events').select('seq').execute()).length;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ display_name: 'half-written' })
          .where('username', '=', 'zhifa')
          .execute();
        await appendAuditEvent(trx, systemContext('test'), {
          operation: 'user.roles-changed',
          targetType: 'user',
          targetId: 'u-zhifa',
        });
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    expect((await db.selectFrom('users').select('id').execute()).length).toBe(users);
    expect((await db.selectFrom('audit_events').select('seq').execute()).length).toBe(events);
    const zhifa = await db
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', 'zhifa')
      .executeTakeFirstOrThrow();
    expect(zhifa.display_name).not.toBe('half-written');
  });

  it('migrations are versioned and run once', async () => {
    const db = await open();
    expect(await migrateToLatest(db)).toEqual([]);
    const applied = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
    // Every migration file in the folder is applied, in order, exactly once.
    const files = fs
      .readdirSync(path.resolve(import.meta.dirname, '../src/db/migrations'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(applied.rows.map((r) => r.name)).toEqual(files);
  });

  it('keeps dates as YYYY-MM-DD strings on both backends', async () => {
    const db = await open();
    const cert = await db
      .selectFrom('enforcement_certificates')
      .select(['valid_to'])
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(cert.valid_to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
