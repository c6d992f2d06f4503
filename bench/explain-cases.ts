// Diagnostic (not a benchmark): fills BENCH_CASES cases as bench/cases.ts does, then times each SQL statement
// the case list runs for each filter and prints EXPLAIN ANALYZE of the slow ones.
import { type KyselyPlugin, type QueryId, type RootOperationNode, sql } from 'kysely';
import { bootstrap } from '../packages/server/src/bootstrap.js';
import { listCases } from '../packages/server/src/cases/list-cases.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { Actor, AppDeps } from '../packages/server/src/context.js';
import { openDatabase } from '../packages/server/src/db/open-database.js';
import { fillCases } from './fill-cases.js';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || null,
  dataDir: '',
  memory: !process.env.DATABASE_URL,
  poolSize: 2,
});
await bootstrap(database, { demo: true });
await fillCases(database.db, Number(process.env.BENCH_CASES || 100_000));
if (process.env.RPC) await sql.raw(`set random_page_cost = ${process.env.RPC}`).execute(database.db);
const seen: { node: RootOperationNode; id: QueryId; t0: number; ms?: number }[] = [];
const plugin: KyselyPlugin = {
  transformQuery(args) {
    seen.push({ node: args.node, id: args.queryId, t0: performance.now() });
    return args.node;
  },
  async transformResult(args) {
    const s = seen.find((x) => x.id === args.queryId);
    if (s) s.ms = performance.now() - s.t0;
    return args.result;
  },
};
const db = database.db.withPlugin(plugin);
const deps: AppDeps = { db, dbKind: database.kind, config: { ...loadConfig({}), port: 0 } };
const u = await database.db
  .selectFrom('users')
  .selectAll()
  .where('username', '=', 'juzhang')
  .executeTakeFirstOrThrow();
const actor: Actor = {
  userId: u.id,
  username: u.username,
  displayName: '',
  unitId: u.unit_id,
  unitName: '',
  roles: ['bureau_head'],
  sessionId: null,
};
const ONLY = process.env.ONLY;
const filters: Record<string, object> = {
  first: {},
  stage: { stage: 'investigation' },
  officer: {
    officer: (
      await database.db.selectFrom('case_officers').select('person_id').limit(1).executeTakeFirstOrThrow()
    ).person_id,
  },
  party: { party: '王' },
  soon: { due: 'soon' },
  overdue: { due: 'overdue' },
  q: { q: '解放路' },
};
for (const [name, f] of Object.entries(filters).filter(([n]) => !ONLY || n === ONLY)) {
  await listCases(deps, actor, { page: 1, pageSize: 20, ...f } as never);
  seen.length = 0;
  const t0 = performance.now();
  await listCases(deps, actor, { page: 1, pageSize: 20, ...f } as never);
  console.log(`\n## ${name}: ${(performance.now() - t0).toFixed(1)} ms`);
  for (const s of seen) {
    const c = database.db.getExecutor().compileQuery(s.node, s.id);
    console.log(`${(s.ms ?? -1).toFixed(1).padStart(8)} ms  ${c.sql.slice(0, 160).replace(/\s+/g, ' ')}`);
    if ((s.ms ?? 0) > 15 && process.env.EXPLAIN) {
      const plan = await sql
        .raw(
          `explain analyze ${c.sql.replace(/\$(\d+)/g, (_, i) => {
            const v = c.parameters[Number(i) - 1];
            return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
          })}`,
        )
        .execute(database.db);
      for (const r of plan.rows as Record<string, string>[]) console.log('      ', Object.values(r)[0]);
    }
  }
}
await database.close();
