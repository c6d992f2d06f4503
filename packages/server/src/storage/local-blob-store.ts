import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertBlobKey,
  BlobNotFoundError,
  type BlobStat,
  type BlobStore,
  type ByteRange,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';
import { digestMeter } from './digest-meter.js';

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
    const meter = digestMeter(options.maxBytes);
    try {
      await pipeline(content, meter.stream, createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      await syncFile(tmp);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
    const { size, sha256, sm3 } = meter.digests();
    const key = sha256;
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
    return { key, size, sha256, sm3 };
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

  /** Every stored blob (the integrity check looks for orphans with it); temporaries are not listed. */
  async *list(): AsyncIterable<BlobStat> {
    const hex2 = /^[0-9a-f]{2}$/;
    const top = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const a of top.filter((n) => hex2.test(n)).sort()) {
      const mid = await fs.readdir(path.join(this.root, a)).catch(() => [] as string[]);
      for (const b of mid.filter((n) => hex2.test(n)).sort()) {
        const names = await fs.readdir(path.join(this.root, a, b)).catch(() => [] as string[]);
        for (const name of names.sort()) {
          if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(a + b)) continue;
          const info = await fs.stat(path.join(this.root, a, b, name)).catch(() => null);
          if (info?.isFile()) yield { key: name, size: info.size };
        }
      }
    }
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
