import type { Readable } from 'node:stream';

// Blobs are files the records point to: uploaded rule texts, imported workbooks, filing documents, later
// evidence and footage. They are content-addressed: the key is derived from the SHA-256 of the bytes, so
// the same file stored twice is kept once, and a key always names exactly one content. Both SM3 (商用密码,
// GB/T 32905) and SHA-256 are computed while the bytes stream through, so a record can keep both digests
// and a later check can recompute either.

export interface StoredBlob {
  /** Opaque key for get/has/stat; today the lowercase hex SHA-256 of the content. */
  key: string;
  size: number;
  sha256: string;
  sm3: string;
}

export interface BlobStat {
  key: string;
  size: number;
}

export interface PutOptions {
  /** Refuse content longer than this many bytes (BlobTooLargeError); nothing is kept. */
  maxBytes?: number;
}

export interface ByteRange {
  /** First byte, 0-based, inclusive. */
  start: number;
  /** Last byte, inclusive (as in an HTTP Range header); omitted means to the end. */
  end?: number;
}

export interface BlobStore {
  /** Streams the content in, hashing as it goes; the blob becomes visible only once complete. */
  put(content: Readable | AsyncIterable<Uint8Array>, options?: PutOptions): Promise<StoredBlob>;
  /** The content as a stream, or one byte range of it. Throws BlobNotFoundError if there is none. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  has(key: string): Promise<boolean>;
  /** Size of the stored blob, or null if there is none. */
  stat(key: string): Promise<BlobStat | null>;
  /** Every stored blob, in key order (the integrity check finds orphans with it). */
  list(): AsyncIterable<BlobStat>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`blob exceeds the limit of ${limit} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no blob ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

export class InvalidBlobKeyError extends Error {
  constructor(readonly key: string) {
    super(`not a blob key: ${JSON.stringify(key).slice(0, 80)}`);
    this.name = 'InvalidBlobKeyError';
  }
}

const KEY = /^[0-9a-f]{64}$/;

/** Keys are checked before they touch a path, so no caller can make the store read outside its root. */
export function assertBlobKey(key: string): void {
  if (!KEY.test(key)) throw new InvalidBlobKeyError(key);
}
