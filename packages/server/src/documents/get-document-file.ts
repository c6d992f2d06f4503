import type { Readable } from 'node:stream';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCaseRow } from '../cases/load-case.js';
import type { AppDeps, RequestContext } from '../context.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import type { DocumentContent } from './document-model.js';
import { getDocumentRow, presentDocument } from './document-query.js';
import { renderOne } from './render-document.js';

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The PDF or Word file of a document. An issued document is served from the blob store exactly as it was
 * frozen (its digest in the header); a draft is rendered on the fly and marked 草稿 on every page. Every
 * download is a protected read and leaves an audit event.
 */
export async function getDocumentFile(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  docId: string,
  format: 'pdf' | 'docx',
): Promise<{
  name: string;
  contentType: string;
  size: number;
  sha256: string | null;
  body: Readable | Buffer;
}> {
  const row = await deps.db.transaction().execute(async (trx) => {
    await loadCaseRow(trx, caseId, ctx.actor);
    const doc = await getDocumentRow(trx, caseId, docId);
    await appendAuditEvent(trx, ctx, {
      operation: 'document.downloaded',
      targetType: 'case_document',
      targetId: docId,
      changes: null,
      reason: `${format}${doc.number ? ` ${doc.number}` : '（草稿）'}`,
    });
    return doc;
  });
  const present = presentDocument(row);
  const name = `${row.title}${row.number ? `-${row.number}` : '-草稿'}.${format}`;
  if (row.status === 'issued') {
    const key = format === 'pdf' ? row.pdf_key! : row.docx_key!;
    const digest = format === 'pdf' ? present.pdf! : present.docx!;
    return {
      name,
      contentType: CONTENT_TYPES[format],
      size: digest.size,
      sha256: digest.sha256,
      body: await blobStoreFor(deps.config).get(key),
    };
  }
  const bytes = await renderOne(row.content as unknown as DocumentContent, format, { draft: true });
  return { name, contentType: CONTENT_TYPES[format], size: bytes.length, sha256: null, body: bytes };
}
