import { hashChildren, hashLeaf, toHex } from '@sanxiang/core/merkle';
import type { Tx } from '../context.js';
import { leafDataOf, logHash } from './log-algorithm.js';

/**
 * Adds an audit event to the log as its next leaf, with the hashes of the complete subtrees it closes.
 * Called by appendAuditEvent inside the event's transaction, after the chain's advisory lock is taken —
 * so leaf indexes follow the chain's order, and with several processes on one PostgreSQL there is never a
 * gap or a duplicate (a rolled-back event takes its leaf with it).
 */
export async function appendLogLeaf(
  trx: Tx,
  auditSeq: string | number,
  auditHashHex: string,
): Promise<number> {
  const { digest } = await logHash(trx);
  const last = await trx
    .selectFrom('transparency_leaves')
    .select('leaf_index')
    .orderBy('leaf_index', 'desc')
    .limit(1)
    .executeTakeFirst();
  const index = last ? Number(last.leaf_index) + 1 : 0;
  const leafHash = hashLeaf(digest, leafDataOf(auditHashHex));
  await trx
    .insertInto('transparency_leaves')
    .values({ leaf_index: index, audit_seq: auditSeq, leaf_hash: toHex(leafHash) })
    .execute();

  // Leaf n closes one subtree per trailing 1 bit of n: at level L+1 its left half is node (L, n/2^L − 1).
  let closes = 0;
  while (Math.floor(index / 2 ** closes) % 2 === 1) closes++;
  if (closes === 0) return index;
  const leftSiblings = new Map<number, string>();
  const prevLeaf = await trx
    .selectFrom('transparency_leaves')
    .select('leaf_hash')
    .where('leaf_index', '=', String(index - 1))
    .executeTakeFirstOrThrow();
  leftSiblings.set(0, prevLeaf.leaf_hash);
  if (closes > 1) {
    const rows = await trx
      .selectFrom('transparency_nodes')
      .select(['level', 'hash'])
      .where((eb) =>
        eb.or(
          Array.from({ length: closes - 1 }, (_, i) => i + 1).map((level) =>
            eb.and([
              eb('level', '=', level),
              eb('node_index', '=', String(Math.floor(index / 2 ** level) - 1)),
            ]),
          ),
        ),
      )
      .execute();
    for (const r of rows) leftSiblings.set(r.level, r.hash);
  }
  let current = leafHash;
  const nodes: { level: number; node_index: number; hash: string }[] = [];
  for (let level = 0; level < closes; level++) {
    const left = leftSiblings.get(level);
    if (!left) throw new Error(`transparency log: missing subtree at level ${level} before leaf ${index}`);
    current = hashChildren(digest, Uint8Array.from(Buffer.from(left, 'hex')), current);
    nodes.push({ level: level + 1, node_index: Math.floor(index / 2 ** (level + 1)), hash: toHex(current) });
  }
  await trx.insertInto('transparency_nodes').values(nodes).execute();
  return index;
}
