import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from '../src/storage/blob-store.js';
import { LocalBlobStore } from '../src/storage/local-blob-store.js';

let root: string;
let store: LocalBlobStore;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-blobs-'));
  store = new LocalBlobStore(root);
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Every regular file under the root, relative to it. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(dir, f)).isFile(),
  );
}

/** A stream that yields some chunks and then fails, as a dropped upload does. */
function failingStream(chunks: number, error = new Error('connection reset')): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < chunks) {
        sent++;
        this.push(Buffer.alloc(64 * 1024, sent));
      } else this.destroy(error);
    },
  });
}

describe('LocalBlobStore', () => {
  it('hashes with SM3 and SHA-256 against the published vectors', async () => {
    const abc = await store.put(Readable.from([Buffer.from('abc')]));
    // GB/T 32905-2016 appendix A.1 and FIPS 180-2 "abc".
    expect(abc.sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(abc.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(abc.key).toBe(abc.sha256);
    expect(abc.size).toBe(3);
    // GB/T 32905 appendix A.2: 'abcd' repeated 16 times (512 bits), split across chunks.
    const long = await store.put(
      Readable.from(
        ['abcdabcdabcdabcdabcd', 'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd'].map((s) => Buffer.from(s)),
      ),
    );
    expect(long.sm3).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    const empty = await store.put(Readable.from([]));
    expect(empty.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(empty.sm3).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
    expect(empty.size).toBe(0);
  });

  it('stores content-addressed under fan-out directories, read-only, with nothing left in tmp', async () => {
    const blob = await store.put(Readable.from([Buffer.from('如皋市城市管理局')]));
    const rel = path.join(blob.key.slice(0, 2), blob.key.slice(2, 4), blob.key);
    expect(filesUnder(root)).toEqual([rel]);
    expect(fs.statSync(path.join(root, rel)).mode & 0o222).toBe(0);
    expect(await text(await store.get(blob.key))).toBe('如皋市城市管理局');
    expect(await store.has(blob.key)).toBe(true);
    expect(await store.stat(blob.key)).toEqual({
      key: blob.key,
      size: Buffer.byteLength('如皋市城市管理局'),
    });
  });

  it('streams large content without buffering it whole and hashes it the same as a one-shot digest', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const chunks = 40; // 40 MB through a stream
    const expected = createHash('sm3');
    for (let i = 0; i < chunks; i++) expected.update(chunk);
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    let sent = 0;
    const source = new Readable({
      read() {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers);
        this.push(sent++ < chunks ? chunk : null);
      },
    });
    const blob = await store.put(source);
    expect(blob.size).toBe(chunks * chunk.length);
    expect(blob.sm3).toBe(expected.digest('hex'));
    // Generous bound: a buffered implementation would hold all 40 MB at once.
    expect(peak - before).toBeLessThan(24 * 1024 * 1024);
  });

  it('a source that fails midway leaves no file at all', async () => {
    await expect(store.put(failingStream(5))).rejects.toThrow('connection reset');
    expect(filesUnder(root)).toEqual([]);
  });

  it('an aborted upload leaves no file at all', async () => {
    const source = new PassThrough();
    const pending = store.put(source);
    source.write(Buffer.alloc(100_000, 1));
    await new Promise((r) => setTimeout(r, 10));
    source.destroy(new Error('aborted by client'));
    await expect(pending).rejects.toThrow('aborted by client');
    expect(filesUnder(root)).toEqual([]);
  });

  it('refuses content over the limit with a clear error and keeps nothing', async () => {
    const source = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    const error = await store.put(source, { maxBytes: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(BlobTooLargeError);
    expect(error.limit).toBe(1000);
    expect(filesUnder(root)).toEqual([]);
    // Exactly at the limit is fine.
    const ok = await store.put(Readable.from([Buffer.alloc(1000)]), { maxBytes: 1000 });
    expect(ok.size).toBe(1000);
  });

  it('stores the same content once (dedupe) and both puts answer the same key', async () => {
    const a = await store.put(Readable.from([Buffer.from('行政执法公示管理办法')]));
    const b = await store.put(Readable.from([Buffer.from('行政执法'), Buffer.from('公示管理办法')]));
    expect(b).toEqual(a);
    expect(filesUnder(root)).toHaveLength(1);
    const c = await store.put(Readable.from([Buffer.from('执法用语规范')]));
    expect(c.key).not.toBe(a.key);
    expect(filesUnder(root)).toHaveLength(2);
  });

  it('concurrent puts of the same content both succeed and keep one file', async () => {
    const body = Buffer.alloc(256 * 1024, 3);
    const [a, b] = await Promise.all([
      store.put(Readable.from([body.subarray(0, 1000), body.subarray(1000)])),
      store.put(Readable.from([body])),
    ]);
    expect(a.key).toBe(b.key);
    expect(filesUnder(root)).toHaveLength(1);
  });

  it('reads a byte range, inclusive at both ends as HTTP ranges are', async () => {
    const blob = await store.put(Readable.from([Buffer.from('0123456789')]));
    expect(await text(await store.get(blob.key, { start: 2, end: 5 }))).toBe('2345');
    expect(await text(await store.get(blob.key, { start: 7 }))).toBe('789');
    await expect(store.get(blob.key, { start: 5, end: 10 })).rejects.toThrow(RangeError);
    await expect(store.get(blob.key, { start: 6, end: 5 })).rejects.toThrow(RangeError);
  });

  it('answers missing blobs plainly and refuses keys that are not digests', async () => {
    const missing = 'f'.repeat(64);
    expect(await store.has(missing)).toBe(false);
    expect(await store.stat(missing)).toBeNull();
    await expect(store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.has('AB'.repeat(32))).rejects.toBeInstanceOf(InvalidBlobKeyError);
  });

  it('sweeps temporary files left by a process that died mid-put', async () => {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
    const stale = path.join(root, 'tmp', 'dead.part');
    fs.writeFileSync(stale, 'partial');
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    fs.utimesSync(stale, old, old);
    fs.writeFileSync(path.join(root, 'tmp', 'live.part'), 'in progress');
    expect(await store.removeStaleTemporaries()).toBe(1);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual(['live.part']);
  });
});
