/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { MerkleDigest } from './tree.js';

// The log's hash functions from node:crypto (OpenSSL): SM3 (GB/T 32905) by default, as 商用密码 asks;
// SHA-256 selectable, which is what RFC 6962 verifiers assume. Kept apart from tree.ts so the pure tree
// code can run in the browser; import this from '@sanxiang/core/merkle' on the server and in the CLI.
export type MerkleAlgorithm = 'sm3' | 'sha256';

export const MERKLE_ALGORITHMS: readonly MerkleAlgorithm[] = ['sm3', 'sha256'];

export function merkleDigest(algorithm: MerkleAlgorithm): MerkleDigest {
  if (!MERKLE_ALGORITHMS.includes(algorithm)) throw new RangeError(`unknown hash algorithm ${algorithm}`);
  return (...parts: Uint8Array[]) => {
    const hash = createHash(algorithm);
    for (const p of parts) hash.update(p);
    return new Uint8Array(hash.digest());
  };
}
