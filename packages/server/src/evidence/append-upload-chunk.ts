import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
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
    // Each chunk read from the request is written before the next is read (back-pressure by await), so on
    // a dropped connection everything that arrived is on disk and counted.
    const remaining = total - offset;
    let written = 0;
    let failure: unknown = null;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        if (written + chunk.length > remaining) {
          const fits = chunk.subarray(0, remaining - written);
          await handle.write(fits, 0, fits.length, offset + written);
          written += fits.length;
          failure = new AppError('UPLOAD_BEYOND_LENGTH', { size: total });
          break;
        }
        await handle.write(chunk, 0, chunk.length, offset + written);
        written += chunk.length;
      }
    } catch (error) {
      failure = error;
    } finally {
      await handle.sync().catch(() => undefined);
      await handle.close();
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
