import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
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

export interface S3BlobStoreOptions {
  endpoint: string;
  bucket: string;
  region: string;
  /** Explicit credentials; otherwise the SDK's usual chain (AWS_ACCESS_KEY_ID, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Object name prefix inside the bucket. */
  prefix?: string;
  /** Create the bucket on first use if it does not exist (tests, small installs). */
  createBucket?: boolean;
}

/** Part size of multipart uploads: 8 MiB parts, at most 4 in flight — memory stays bounded per put. */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 4;

/**
 * Blobs in an S3-compatible object store (MinIO, Ceph RGW; DESIGN "Scale path"), same contract as the local
 * directory:
 *
 *   <prefix>tmp/<uuid>                     while a put is streaming (a multipart upload)
 *   <prefix>blobs/<aa>/<bb>/<sha256>       once complete
 *
 * The content streams through the digest meter into a multipart upload under a temporary name (the key is
 * not known before the last byte); once complete it is copied to its content address and the temporary
 * object removed. An object store has no rename, but a server-side copy is atomic for readers: the final
 * key shows either nothing or the whole object. A failed or oversized put aborts the multipart upload, so
 * nothing is left behind. Server-side copy is limited to 5 GiB per object by S3, above the 4 GB default
 * upload limit.
 */
export class S3BlobStore implements BlobStore {
  readonly client: S3Client;
  readonly bucket: string;
  private readonly prefix: string;
  private bucketReady: Promise<void> | null = null;

  constructor(private readonly options: S3BlobStoreOptions) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: true,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // Only ask for the checksums S3 requires; several S3-compatible servers reject the newer defaults.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
  }

  objectName(key: string): string {
    assertBlobKey(key);
    return `${this.prefix}blobs/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`;
  }

  private async ready(): Promise<void> {
    if (!this.options.createBucket) return;
    this.bucketReady ??= (async () => {
      try {
        await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      } catch {
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      }
    })();
    return this.bucketReady;
  }

  async put(content: Readable | AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredBlob> {
    await this.ready();
    const tmp = `${this.prefix}tmp/${randomUUID()}`;
    const meter = digestMeter(options.maxBytes);
    const body = new PassThrough({ highWaterMark: PART_SIZE });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: tmp, Body: body, ContentType: 'application/octet-stream' },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    const uploading = upload.done();
    // If the upload itself fails, stop reading the source.
    uploading.catch((error) => body.destroy(error));
    try {
      await pipeline(content, meter.stream, body);
      await uploading;
    } catch (error) {
      await upload.abort().catch(() => undefined);
      await uploading.catch(() => undefined);
      await this.remove(tmp);
      throw error;
    }
    const { size, sha256, sm3 } = meter.digests();
    const target = this.objectName(sha256);
    try {
      if (!(await this.head(target))) {
        await this.client.send(
          new CopyObjectCommand({
            Bucket: this.bucket,
            Key: target,
            CopySource: `${this.bucket}/${encodeURI(tmp)}`,
            MetadataDirective: 'REPLACE',
            Metadata: { sha256, sm3 },
            ContentType: 'application/octet-stream',
          }),
        );
      }
    } finally {
      await this.remove(tmp);
    }
    return { key: sha256, size, sha256, sm3 };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const name = this.objectName(key);
    let header: string | undefined;
    if (range) {
      const info = await this.stat(key);
      if (!info) throw new BlobNotFoundError(key);
      const end = range.end ?? info.size - 1;
      if (!Number.isInteger(range.start) || range.start < 0 || end < range.start || end >= info.size)
        throw new RangeError(`byte range ${range.start}-${range.end ?? ''} outside 0-${info.size - 1}`);
      header = `bytes=${range.start}-${end}`;
    }
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: name, ...(header ? { Range: header } : {}) }),
      );
      return out.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new BlobNotFoundError(key);
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<BlobStat | null> {
    const size = await this.head(this.objectName(key));
    return size === null ? null : { key, size };
  }

  async *list(): AsyncIterable<BlobStat> {
    await this.ready();
    const prefix = `${this.prefix}blobs/`;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.split('/').pop() ?? '';
        if (/^[0-9a-f]{64}$/.test(key) && object.Key === this.objectName(key))
          yield { key, size: Number(object.Size ?? 0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async head(name: string): Promise<number | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: name }));
      return Number(out.ContentLength ?? 0);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async remove(name: string): Promise<void> {
    await this.client
      .send(new DeleteObjectCommand({ Bucket: this.bucket, Key: name }))
      .catch(() => undefined);
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}
