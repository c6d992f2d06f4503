import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from '../src/storage/blob-store.js';
import { blobStoreFor } from '../src/storage/open-blob-store.js';
import { S3BlobStore } from '../src/storage/s3-blob-store.js';

// Storage backends (issue 6 item 8): the S3-compatible store against s3rver on loopback, started here on a
// free port, so the normal test run covers it without any outside service.

let server: S3rver;
let dir: string;
let endpoint: string;
let store: S3BlobStore;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
  const address = (await server.run()) as { port: number };
  endpoint = `http://127.0.0.1:${address.port}`;
  store = new S3BlobStore({
    endpoint,
    bucket: 'sanxiang-test',
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    createBucket: true,
  });
});

afterAll(async () => {
  store?.client.destroy();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function objectNames(): Promise<string[]> {
  const out = await store.client.send(new ListObjectsV2Command({ Bucket: 'sanxiang-test' }));
  return (out.Contents ?? []).map((o) => o.Key ?? '').sort();
}

describe('S3BlobStore on s3rver', () => {
  it('hashes with SM3 and SHA-256 while streaming and stores at the content address', async () => {
    const abc = await store.put(Readable.from([Buffer.from('a'), Buffer.from('bc')]));
    expect(abc.sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(abc.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(abc.key).toBe(abc.sha256);
    expect(await text(await store.get(abc.key))).toBe('abc');
    expect(await store.stat(abc.key)).toEqual({ key: abc.key, size: 3 });
    expect(await objectNames()).toContain(`blobs/ba/78/${abc.key}`);
    // Nothing left under tmp/.
    expect((await objectNames()).filter((n) => n.startsWith('tmp/'))).toEqual([]);
  });

  it('streams a multi-part object (20 MB, three parts) and reads byte ranges', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    const expected = createHash('sm3');
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent === 20) return this.push(null);
        chunk.fill(sent++);
        expected.update(chunk);
        this.push(Buffer.from(chunk));
      },
    });
    const blob = await store.put(source);
    expect(blob.size).toBe(20 * 1024 * 1024);
    expect(blob.sm3).toBe(expected.digest('hex'));
    const slice = await store.get(blob.key, { start: 1024 * 1024 - 2, end: 1024 * 1024 + 1 });
    const bytes = Buffer.from(await new Response(Readable.toWeb(slice) as ReadableStream).arrayBuffer());
    expect([...bytes]).toEqual([0, 0, 1, 1]);
    await expect(store.get(blob.key, { start: 5, end: 20 * 1024 * 1024 })).rejects.toThrow(RangeError);
  });

  it('dedupes, refuses oversize content, and leaves nothing after a failed source', async () => {
    const a = await store.put(Readable.from([Buffer.from('行政执法')]));
    const b = await store.put(Readable.from([Buffer.from('行政'), Buffer.from('执法')]));
    expect(b).toEqual(a);
    const before = await objectNames();
    const big = await store
      .put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 })
      .catch((e) => e);
    expect(big).toBeInstanceOf(BlobTooLargeError);
    const failing = new PassThrough();
    const pending = store.put(failing);
    failing.write(Buffer.alloc(10_000, 1));
    setTimeout(() => failing.destroy(new Error('connection reset')), 20);
    await expect(pending).rejects.toThrow('connection reset');
    expect(await objectNames()).toEqual(before);
  });

  it('answers missing blobs plainly, refuses non-digest keys, and lists what it holds', async () => {
    const missing = 'e'.repeat(64);
    expect(await store.has(missing)).toBe(false);
    expect(await store.stat(missing)).toBeNull();
    await expect(store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get('../x')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    const listed: string[] = [];
    for await (const b of store.list()) listed.push(b.key);
    const names = (await objectNames()).filter((n) => n.startsWith('blobs/')).map((n) => n.split('/').pop());
    expect(listed.sort()).toEqual(names.sort());
    expect(listed.length).toBeGreaterThanOrEqual(3);
  });

  it('is what the configuration selects when SANXIANG_S3_ENDPOINT is set', async () => {
    const configured = blobStoreFor(
      { blob: { kind: 's3', endpoint, bucket: 'sanxiang-config', region: 'us-east-1' } },
      { SANXIANG_S3_ACCESS_KEY: 'S3RVER', SANXIANG_S3_SECRET_KEY: 'S3RVER', SANXIANG_S3_CREATE_BUCKET: '1' },
    );
    expect(configured).toBeInstanceOf(S3BlobStore);
    const blob = await configured.put(Readable.from([Buffer.from('configured')]));
    expect(await text(await configured.get(blob.key))).toBe('configured');
    (configured as S3BlobStore).client.destroy();
  });
});
