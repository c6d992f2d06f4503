import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { currentLogSize } from './read-tree.js';
import { signTreeHead } from './sign-tree-head.js';

/**
 * Demo: the log as a running bureau would show it — heads signed as the log grew (at a quarter, half and
 * four fifths of the seeded events, each dated one second after its last event) and one over everything.
 * Runs last in the demo seed, once.
 */
export async function seedDemoTreeHeads(db: Kysely<DB>, ctx: RequestContext): Promise<number> {
  const existing = await db.selectFrom('transparency_tree_heads').select('id').limit(1).executeTakeFirst();
  if (existing) return 0;
  const size = await currentLogSize(db);
  if (size === 0) return 0;
  let signed = 0;
  for (const share of [0.25, 0.5, 0.8]) {
    const s = Math.floor(size * share);
    if (s < 1) continue;
    const last = await db
      .selectFrom('transparency_leaves as l')
      .innerJoin('audit_events as e', 'e.seq', 'l.audit_seq')
      .select('e.at')
      .where('l.leaf_index', '=', String(s - 1))
      .executeTakeFirstOrThrow();
    await signTreeHead(db, ctx, 'seed', { size: s, now: new Date(new Date(last.at).getTime() + 1000) });
    signed++;
  }
  await signTreeHead(db, ctx, 'seed');
  return signed + 1;
}
