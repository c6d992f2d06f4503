// One "server process" for the multi-process log test (R-01, issue 6 item 7): run as its own OS process with
//   node --conditions=source --import tsx audit-writer-process.ts <databaseUrl> <label> <count>
// It opens its own connection pool, prints `ready`, waits for `go` on stdin (so both processes start writing
// at the same moment), appends <count> audit events through appendAuditEvent — four transactions in flight at
// a time, every fifth one rolled back after its event was written — signs a tree head, and prints one JSON
// line with what it committed.
import readline from 'node:readline';
import { appendAuditEvent } from '../../src/audit/append-audit-event.js';
import { systemContext } from '../../src/context.js';
import { openDatabase } from '../../src/db/open-database.js';
import { signTreeHead } from '../../src/transparency/sign-tree-head.js';

const [databaseUrl, label, countArg] = process.argv.slice(2);
if (!databaseUrl || !label || !countArg) {
  process.stderr.write('usage: audit-writer-process.ts <databaseUrl> <label> <count>\n');
  process.exit(2);
}
const count = Number(countArg);
const inFlight = 4;

const database = await openDatabase({ databaseUrl, dataDir: '', poolSize: inFlight });
const ctx = systemContext(`writer ${label} pid ${process.pid}`);
let committed = 0;
let rolledBack = 0;
try {
  await database.db.selectFrom('audit_events').select('seq').limit(1).execute(); // the pool is connected
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => {
    const lines = readline.createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      if (line.trim() === 'go') {
        lines.close();
        resolve();
      }
    });
  });

  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      try {
        await database.db.transaction().execute(async (trx) => {
          await appendAuditEvent(trx, ctx, { operation: 'audit.verified', reason: `${label} ${i}` });
          // The change this event records fails: the event and its leaf roll back with it.
          if (i % 5 === 0) throw new Error('rolled back on purpose');
        });
        committed++;
      } catch (e) {
        if (!(e instanceof Error) || e.message !== 'rolled back on purpose') throw e;
        rolledBack++;
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  await signTreeHead(database.db, ctx, 'request');
  process.stdout.write(`${JSON.stringify({ label, pid: process.pid, committed, rolledBack })}\n`);
} finally {
  await database.close();
}
