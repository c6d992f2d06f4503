import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { BlobTooLargeError } from './blob-store.js';

export interface Digests {
  size: number;
  sha256: string;
  sm3: string;
}

/**
 * A pass-through stream that counts the bytes and feeds them to SM3 and SHA-256 as they go by, and fails
 * with BlobTooLargeError as soon as the count passes the limit. Every backend puts its content through one,
 * so the digests are always computed on the bytes actually stored, in one pass, never on a buffered copy.
 */
export function digestMeter(maxBytes = Number.POSITIVE_INFINITY): {
  stream: Transform;
  digests(): Digests;
} {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  let result: Digests | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(new BlobTooLargeError(maxBytes));
        return;
      }
      sha256.update(chunk);
      sm3.update(chunk);
      callback(null, chunk);
    },
  });
  return {
    stream,
    digests() {
      result ??= { size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
      return result;
    },
  };
}

/** Re-hashes a stream to the end (the integrity check and the verify command use it). */
export async function digestStream(content: AsyncIterable<Uint8Array>): Promise<Digests> {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  for await (const chunk of content) {
    size += chunk.length;
    sha256.update(chunk);
    sm3.update(chunk);
  }
  return { size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
}
