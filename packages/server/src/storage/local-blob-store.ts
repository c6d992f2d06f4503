import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertBlobKey,
  BlobNotFoundError,
  type BlobStat,
  type BlobStore,
  BlobTooLargeError,
  type ByteRange,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';

/**
 * Blobs in a local directory (the default for a single-machine deployment):
 *
 *   <root>/tmp/<uuid>.part            while a put is streaming
 *   <root>/<aa>/<bb>/<sha256>         once complete (aa, bb: the first two byte pairs of the digest)
 *
 * A put writes to a temporary file inside the same root (so the final rename stays on one file system),
 * flushes it to disk, then renames it into place: a reader sees either no blob or the whole blob, never a
 * part. If the source fails, is aborted or passes the size limit, the temporary file is removed. Stored
 * files are made read-only; content-addressed files never change.
 */
export class LocalBlobStore implements BlobStore {
  readonly root: string;
  private readonly tmpDir: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.tmpDir = path.join(this.root, 'tmp');
  }

  pathOf(key: string): string {
    assertBlobKey(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(content: Readable | AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredBlob> {
    await fs.mkdir(this.tmpDir, { recursive: true });
    const tmp = path.join(this.tmpDir, `${randomUUID()}.part`);
    const sha256 = createHash('sha256');
    const sm3 = createHash('sm3');
    const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > limit) {
          callback(new BlobTooLargeError(limit));
          return;
        }
        sha256.update(chunk);
        sm3.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(content, meter, createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      await syncFile(tmp);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
    const key = sha256.digest('hex');
    const target = this.pathOf(key);
    try {
      if (await exists(target)) {
        // Same bytes already stored (dedupe): keep the existing file, drop the new copy.
        await fs.rm(tmp, { force: true });
      } else {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.chmod(tmp, 0o444);
        await fs.rename(tmp, target);
        await syncDirectory(path.dirname(target));
      }
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
    return { key, size, sha256: key, sm3: sm3.digest('hex') };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    const info = await fs.stat(file).catch(() => null);
    if (!info) throw new BlobNotFoundError(key);
    if (!range) return createReadStream(file);
    const end = range.end ?? info.size - 1;
    if (!Number.isInteger(range.start) || range.start < 0 || end < range.start || end >= info.size)
      throw new RangeError(`byte range ${range.start}-${range.end ?? ''} outside 0-${info.size - 1}`);
    return createReadStream(file, { start: range.start, end });
  }

  async has(key: string): Promise<boolean> {
    return exists(this.pathOf(key));
  }

  async stat(key: string): Promise<BlobStat | null> {
    const info = await fs.stat(this.pathOf(key)).catch(() => null);
    return info ? { key, size: info.size } : null;
  }

  /** Removes temporary files left by a process that died mid-put (older than maxAgeMs). */
  async removeStaleTemporaries(maxAgeMs = 24 * 3600_000): Promise<number> {
    const names = await fs.readdir(this.tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tmpDir, name);
      const info = await fs.stat(file).catch(() => null);
      if (info && Date.now() - info.mtimeMs > maxAgeMs) {
        await fs.rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function syncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; some file systems refuse fsync on a directory, which is harmless here. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
