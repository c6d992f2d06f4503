import { type MerkleAlgorithm, type MerkleDigest, merkleDigest } from '@sanxiang/core/merkle';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

// The log's hash algorithm is fixed when the log is created (transparency_settings, 0010); every process
// reads it once.
let cached: { algorithm: MerkleAlgorithm; digest: MerkleDigest } | null = null;

export async function logHash(db: Kysely<DB> | Transaction<DB>) {
  if (cached) return cached;
  const row = await db.selectFrom('transparency_settings').select('algorithm').executeTakeFirstOrThrow();
  cached = { algorithm: row.algorithm, digest: merkleDigest(row.algorithm) };
  return cached;
}

/**
 * What a leaf holds: the 32 bytes of the audit event's own hash (its SM3 or SHA-256 over the canonical
 * record, which covers the previous event's hash). Leaf hash = H(0x00 ‖ those 32 bytes).
 */
export function leafDataOf(auditHashHex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(auditHashHex, 'hex'));
}
