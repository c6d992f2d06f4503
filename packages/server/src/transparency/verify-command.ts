import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/schema.js';
import { checkAllBlobs } from '../storage/check-blobs.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { type BlobCheckOutcome, type VerifyReport, verifyLog } from './verify-log.js';

/** The blob half of `sanxiang verify`: every stored blob against its recorded SM3, SHA-256 and size. */
export function blobCheckFor(db: Kysely<DB>, config: Pick<Config, 'blob'>): () => Promise<BlobCheckOutcome> {
  return async () => {
    const report = await checkAllBlobs(db, blobStoreFor(config));
    return {
      checked: report.checked,
      problems: [
        ...report.missing.map((m) => ({
          key: m.key,
          message: `文件 ${m.key} 缺失（${m.refs.map((r) => `${r.table}/${r.id}`).join('、')}）(blob missing)`,
        })),
        ...report.corrupted.map((c) => ({
          key: c.key,
          message: `文件 ${c.key} 的内容与登记的摘要不符（${c.refs.map((r) => `${r.table}/${r.id}`).join('、')}）(blob altered: sm3 ${c.actual.sm3} ≠ ${c.expected.sm3})`,
        })),
      ],
    };
  };
}

/** Everything `sanxiang verify` checks: the log, the heads, and the blobs. */
export async function verifyEverything(
  db: Kysely<DB>,
  config: Pick<Config, 'blob'>,
  options: { blobs?: boolean; onProgress?: (events: number) => void } = {},
): Promise<VerifyReport> {
  return verifyLog(db, {
    checkBlobs: options.blobs === false ? null : blobCheckFor(db, config),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
