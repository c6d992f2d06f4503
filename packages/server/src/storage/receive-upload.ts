import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { type BlobStore, BlobTooLargeError, type StoredBlob } from './blob-store.js';

export interface UploadRules {
  /** The multipart field the file must arrive in. */
  field: string;
  maxBytes: number;
  /** Accepted file name endings, lower case with the dot: ['.xlsx']. */
  extensions: readonly string[];
}

export interface ReceivedUpload {
  /** The client's file name, without any directory part. */
  name: string;
  contentType: string;
  blob: StoredBlob;
}

/**
 * Adds multipart parsing to a route plugin's own scope. Each domain that takes uploads calls this for
 * itself, so no one registration in build-app has to know about them all; if a parent scope already
 * parses multipart, this does nothing.
 */
export async function acceptMultipart(app: FastifyInstance): Promise<void> {
  if (app.hasContentTypeParser('multipart/form-data')) return;
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 20, fieldSize: 64 * 1024 } });
}

/**
 * Streams the request's one file straight into the blob store (never held whole in memory), hashing it on
 * the way. The size limit is enforced while streaming: a file over it is cut off and nothing is kept.
 */
export async function receiveUpload(
  request: FastifyRequest,
  blobs: BlobStore,
  rules: UploadRules,
): Promise<ReceivedUpload> {
  if (!request.isMultipart())
    throw new AppError('UPLOAD_FILE_MISSING', { field: rules.field, expected: 'multipart/form-data' });
  const file = await request.file({ limits: { fileSize: rules.maxBytes + 1, files: 1 } });
  if (!file || file.fieldname !== rules.field) {
    file?.file.resume();
    throw new AppError('UPLOAD_FILE_MISSING', { field: rules.field });
  }
  const name = path.basename(file.filename.replaceAll('\\', '/')).slice(-200);
  const lower = name.toLowerCase();
  if (!rules.extensions.some((ext) => lower.endsWith(ext))) {
    file.file.resume();
    throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', { field: rules.field, allowed: rules.extensions });
  }
  try {
    const blob = await blobs.put(file.file, { maxBytes: rules.maxBytes });
    if (file.file.truncated) throw new BlobTooLargeError(rules.maxBytes);
    return { name, contentType: file.mimetype, blob };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof BlobTooLargeError || code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'UPLOAD_TOO_LARGE',
        { field: rules.field, limitBytes: rules.maxBytes },
        {
          message: `文件超过大小上限（${formatMegabytes(rules.maxBytes)}）`,
          messageEn: `The file is larger than the limit of ${formatMegabytes(rules.maxBytes)}`,
        },
      );
    throw error;
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** A Content-Disposition header value that carries a Chinese file name safely (RFC 6266 / RFC 5987). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
