import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

const stores = new Map<string, BlobStore>();

/**
 * The blob store the configuration names, one instance per location: a local directory (default) or an
 * S3-compatible bucket (SANXIANG_S3_ENDPOINT, _BUCKET, _REGION; credentials from SANXIANG_S3_ACCESS_KEY /
 * SANXIANG_S3_SECRET_KEY or the AWS SDK's usual environment). Operations take it from their deps' config,
 * so nothing else has to carry it around.
 */
export function blobStoreFor(config: Pick<Config, 'blob'>, env: NodeJS.ProcessEnv = process.env): BlobStore {
  const blob = config.blob;
  const id = blob.kind === 'local' ? `local:${blob.dir}` : `s3:${blob.endpoint}/${blob.bucket}`;
  let store = stores.get(id);
  if (!store) {
    if (blob.kind === 'local') store = new LocalBlobStore(blob.dir);
    else {
      const accessKeyId = env.SANXIANG_S3_ACCESS_KEY;
      const secretAccessKey = env.SANXIANG_S3_SECRET_KEY;
      store = new S3BlobStore({
        endpoint: blob.endpoint,
        bucket: blob.bucket,
        region: blob.region,
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
        createBucket: env.SANXIANG_S3_CREATE_BUCKET === '1',
      });
    }
    stores.set(id, store);
  }
  return store;
}
