import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { getRuleRow } from './rule-query.js';

/** The rule's document as a stream, with what a download needs to describe it. */
export async function getRuleAttachment(deps: AppDeps, id: string) {
  const row = await getRuleRow(deps.db, id);
  if (!row.attachment_key || !row.attachment_name) throw new AppError('NOT_FOUND');
  const stream = await blobStoreFor(deps.config).get(row.attachment_key);
  return {
    name: row.attachment_name,
    size: row.attachment_size ?? 0,
    sha256: row.attachment_sha256,
    // From the extension the upload was checked against, never from what the client claimed.
    contentType: contentTypeOf(row.attachment_name),
    stream,
  };
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function contentTypeOf(name: string): string {
  return TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
