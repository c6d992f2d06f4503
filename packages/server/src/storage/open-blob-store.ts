import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';

const stores = new Map<string, BlobStore>();

/**
 * The blob store the configuration names, one instance per location. Operations take it from their deps'
 * config, so nothing else has to carry it around. S3-compatible storage (DESIGN "Scale path") is the next
 * implementation of the same interface; until it exists, configuring it fails loudly rather than silently
 * writing to local disk.
 */
export function blobStoreFor(config: Pick<Config, 'blob'>): BlobStore {
  const blob = config.blob;
  if (blob.kind !== 'local')
    throw new Error('S3 blob storage is configured (SANXIANG_S3_ENDPOINT) but not implemented yet');
  let store = stores.get(blob.dir);
  if (!store) {
    store = new LocalBlobStore(blob.dir);
    stores.set(blob.dir, store);
  }
  return store;
}
