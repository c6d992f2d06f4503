import { toHex } from '@sanxiang/core/merkle';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { getLatestTreeHead } from './list-tree-heads.js';
import { consistencyProofAt, currentLogSize, inclusionProofAt } from './read-tree.js';

/**
 * RFC 6962 inclusion proof of leaf `index` in the tree of `treeSize` leaves (default: the latest signed
 * head's size, so the proof checks against a published root). Public.
 */
export async function getInclusionProof(
  db: Kysely<DB>,
  query: { index: number; treeSize?: number | undefined },
) {
  const size = await currentLogSize(db);
  const treeSize = query.treeSize ?? (await getLatestTreeHead(db))?.treeSize ?? size;
  if (query.index >= treeSize || treeSize > size) throw new AppError('TRANSPARENCY_INDEX_OUT_OF_RANGE');
  const { leafHash, auditPath } = await inclusionProofAt(db, query.index, treeSize);
  return { leafIndex: query.index, treeSize, leafHash: toHex(leafHash), auditPath: auditPath.map(toHex) };
}

/** RFC 6962 consistency proof between the trees of `from` and `to` leaves. Public. */
export async function getConsistencyProof(db: Kysely<DB>, query: { from: number; to: number }) {
  const size = await currentLogSize(db);
  if (query.from < 1 || query.from > query.to || query.to > size)
    throw new AppError('TRANSPARENCY_BAD_RANGE');
  const proof = await consistencyProofAt(db, query.from, query.to);
  return { from: query.from, to: query.to, proof: proof.map(toHex) };
}
