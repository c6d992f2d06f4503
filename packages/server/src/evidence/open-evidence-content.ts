import type { Readable } from 'node:stream';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { recordCustody } from './custody.js';
import { loadEvidenceRow } from './evidence-query.js';

export interface EvidenceContent {
  status: 200 | 206;
  stream: Readable;
  contentType: string;
  fileName: string;
  /** Bytes in this response. */
  length: number;
  size: number;
  range: { start: number; end: number } | null;
  sha256: string;
}

/**
 * The bytes of an item, whole or one HTTP byte range (RFC 9110 §14: `bytes=a-b`, `bytes=a-`, `bytes=-n`),
 * so footage plays and seeks in the browser. Custody: a download is logged on every request; a
 * playback when it starts — a request from the first byte — not on each seek the player makes.
 */
export async function openEvidenceContent(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  options: { range?: string | undefined; download: boolean },
): Promise<EvidenceContent> {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  const row = await loadEvidenceRow(deps.db, id, ctx.actor);
  const size = Number(row.size);
  const range = options.range ? parseRange(options.range, size) : null;
  const starts = !range || range.start === 0;
  if (options.download || starts) {
    await deps.db.transaction().execute((trx) =>
      recordCustody(trx, ctx, id, options.download ? 'downloaded' : 'played', {
        detail: range ? { range: `${range.start}-${range.end}` } : {},
      }),
    );
  }
  const store = blobStoreFor(deps.config);
  const stream =
    size === 0 ? await store.get(row.blob_key) : await store.get(row.blob_key, range ?? undefined);
  return {
    status: range ? 206 : 200,
    stream,
    contentType: row.content_type,
    fileName: row.file_name,
    length: range ? range.end - range.start + 1 : size,
    size,
    range,
    sha256: row.sha256,
  };
}

/** One satisfiable range, or null to serve the whole (several ranges are answered whole, as RFC 9110 allows). */
export function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a, b] = m;
  let start: number;
  let end: number;
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) throw unsatisfiable(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || end < start) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): AppError {
  return new AppError('EVIDENCE_RANGE_NOT_SATISFIABLE', { size });
}
