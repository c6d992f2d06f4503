import {
  hashLeaf,
  MerkleAccumulator,
  type MerkleAlgorithm,
  merkleDigest,
  toHex,
} from '@sanxiang/core/merkle';
import type { Kysely } from 'kysely';
import { leafDataOf } from './log-algorithm.js';

/**
 * Makes every audit event written before the log existed a leaf, in chain order (migration 0010). Reads
 * and writes in batches, so a large existing log does not sit in memory.
 */
export async function backfillLogLeaves(db: Kysely<unknown>, algorithm: MerkleAlgorithm): Promise<number> {
  const digest = merkleDigest(algorithm);
  const acc = new MerkleAccumulator(digest);
  const typed = db as unknown as Kysely<{
    audit_events: { seq: string; hash: string };
    transparency_leaves: { leaf_index: number; audit_seq: string; leaf_hash: string };
    transparency_nodes: { level: number; node_index: number; hash: string };
  }>;
  let after = '0';
  for (;;) {
    const rows = await typed
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(5000)
      .execute();
    if (rows.length === 0) break;
    const leaves: { leaf_index: number; audit_seq: string; leaf_hash: string }[] = [];
    const nodes: { level: number; node_index: number; hash: string }[] = [];
    for (const row of rows) {
      const leafHash = hashLeaf(digest, leafDataOf(row.hash));
      leaves.push({ leaf_index: acc.size, audit_seq: row.seq, leaf_hash: toHex(leafHash) });
      acc.push(leafHash, (level, index, hash) => nodes.push({ level, node_index: index, hash: toHex(hash) }));
    }
    for (let i = 0; i < leaves.length; i += 1000)
      await typed
        .insertInto('transparency_leaves')
        .values(leaves.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < nodes.length; i += 1000)
      await typed
        .insertInto('transparency_nodes')
        .values(nodes.slice(i, i + 1000))
        .execute();
    after = rows[rows.length - 1]!.seq;
  }
  return acc.size;
}
