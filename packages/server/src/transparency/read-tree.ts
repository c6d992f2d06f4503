import {
  type CompleteSubtree,
  completeSubtrees,
  consistencyRanges,
  emptyRoot,
  foldSubtrees,
  fromHex,
  inclusionRanges,
  type LeafRange,
} from '@sanxiang/core/merkle';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { logHash } from './log-algorithm.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The number of leaves committed so far (the leaf index is gap-free, so the last one + 1). */
export async function currentLogSize(db: Db): Promise<number> {
  const last = await db
    .selectFrom('transparency_leaves')
    .select('leaf_index')
    .orderBy('leaf_index', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? Number(last.leaf_index) + 1 : 0;
}

const key = (t: CompleteSubtree) => `${t.level}:${t.index}`;

/** Reads the stored hashes of complete subtrees: leaves from transparency_leaves, the rest from nodes. */
async function loadSubtrees(db: Db, wanted: CompleteSubtree[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const leaves = [...new Set(wanted.filter((t) => t.level === 0).map((t) => t.index))];
  const nodes = wanted.filter((t) => t.level > 0);
  if (leaves.length > 0) {
    const rows = await db
      .selectFrom('transparency_leaves')
      .select(['leaf_index', 'leaf_hash'])
      .where('leaf_index', 'in', leaves.map(String))
      .execute();
    for (const r of rows) out.set(`0:${Number(r.leaf_index)}`, fromHex(r.leaf_hash));
  }
  if (nodes.length > 0) {
    const tuples = sql.join(nodes.map((t) => sql`(${t.level}::smallint, ${t.index}::bigint)`));
    const rows = await db
      .selectFrom('transparency_nodes')
      .select(['level', 'node_index', 'hash'])
      .where(sql<boolean>`(level, node_index) in (${tuples})`)
      .execute();
    for (const r of rows) out.set(`${r.level}:${Number(r.node_index)}`, fromHex(r.hash));
  }
  for (const t of wanted)
    if (!out.has(key(t)))
      throw new Error(`transparency log: stored subtree ${key(t)} is missing (the node table is incomplete)`);
  return out;
}

/** The Merkle tree hashes of several leaf ranges, from O(log n) stored subtrees each, in one or two reads. */
export async function rangeHashes(db: Db, ranges: LeafRange[]): Promise<Uint8Array[]> {
  const { digest } = await logHash(db);
  const parts = ranges.map((r) => completeSubtrees(r));
  const stored = await loadSubtrees(db, parts.flat());
  return parts.map((p) =>
    p.length === 0
      ? emptyRoot(digest)
      : foldSubtrees(
          digest,
          p.map((t) => stored.get(key(t))!),
        ),
  );
}

export async function rootAt(db: Db, size: number): Promise<Uint8Array> {
  const [root] = await rangeHashes(db, [{ start: 0, end: size }]);
  return root!;
}

export async function inclusionProofAt(db: Db, index: number, size: number) {
  const [leaf] = await rangeHashes(db, [{ start: index, end: index + 1 }]);
  const path = await rangeHashes(db, inclusionRanges(index, size));
  return { leafHash: leaf!, auditPath: path };
}

export async function consistencyProofAt(db: Db, from: number, to: number): Promise<Uint8Array[]> {
  return rangeHashes(db, consistencyRanges(from, to));
}
