import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { completeUpload } from './complete-upload.js';
import { stagingPath } from './upload-files.js';
import { loadUploadRow, presentUpload } from './upload-query.js';

// Uploads receiving bytes in this process: a second PATCH for the same upload while one runs is refused.
const busy = new Set<string>();

/**
 * Appends one chunk of a resumable upload at `offset` (the protocol's Upload-Offset). The bytes stream from
 * the request into the staging file — never held whole — and whatever reached the disk counts, even when
 * the connection drops midway: the durable offset is recorded, and the client resumes from it (GET the
 * upload), after a server restart too. Bytes beyond what the database recorded (a crash between the write
 * and the record) are cut off before writing, so the file and the offset always agree. When the last byte
 * is in, the upload is completed: hashed into the blob store and recorded as evidence.
 */
export async function appendUploadChunk(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  offset: number,
  body: Readable,
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const row = await loadUploadRow(deps.db, id, actor);
  const received = Number(row.received);
  const total = Number(row.total_size);
  if (row.status !== 'open') throw new AppError('UPLOAD_NOT_OPEN', { status: row.status });
  if (busy.has(id) || offset !== received)
    throw new AppError('UPLOAD_OFFSET_MISMATCH', { offset: received, size: total });
  busy.add(id);
  try {
    const file = stagingPath(deps.config, id);
    const handle = await fs.open(file, 'r+').catch(() => null);
    if (!handle) {
      // The staging file is gone (disk cleaned): start again from zero.
      await fs.mkdir(deps.config.evidence.uploadDir, { recursive: true });
      await fs.writeFile(file, Buffer.alloc(0));
      await recordOffset(deps, id, 0);
      throw new AppError('UPLOAD_OFFSET_MISMATCH', { offset: 0, size: total });
    }
    await handle.truncate(offset);
    await handle.close();
    const remaining = total - offset;
    let counted = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (counted + chunk.length > remaining) {
          // Keep what fits, refuse the rest.
          const fits = chunk.subarray(0, remaining - counted);
          counted = remaining;
          this.push(fits);
          callback(new AppError('UPLOAD_BEYOND_LENGTH', { size: total }));
          return;
        }
        counted += chunk.length;
        callback(null, chunk);
      },
    });
    const out = createWriteStream(file, { flags: 'r+', start: offset });
    let failure: unknown = null;
    try {
      await pipeline(body, limiter, out);
    } catch (error) {
      failure = error;
    }
    const written = out.bytesWritten;
    const sync = await fs.open(file, 'r+');
    try {
      await sync.sync();
    } finally {
      await sync.close();
    }
    const now = offset + written;
    await recordOffset(deps, id, now);
    if (failure) throw failure;
    if (now === total) return await completeUpload(deps, ctx, id);
    return { upload: presentUpload({ ...row, received: String(now) }), evidence: null };
  } finally {
    busy.delete(id);
  }
}

async function recordOffset(deps: AppDeps, id: string, offset: number): Promise<void> {
  await deps.db
    .updateTable('evidence_uploads')
    .set({ received: offset, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}
