import { Readable } from 'node:stream';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import { loadCaseRow } from '../cases/load-case.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertReviewGateOpen } from '../review/gate.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import type { DocumentContent } from './document-model.js';
import { getDocumentRow, kindOf, presentDocumentWithContent } from './document-query.js';
import { loadDocumentSettings } from './document-settings.js';
import { issueNumber } from './issue-number.js';
import { renderDocument } from './render-document.js';

/**
 * Issues a drafted document, all in one transaction: takes the next official number of its kind for the
 * year (issue-number.ts, row-locked: no gap, no reuse), dates it, renders the PDF and the Word file, stores
 * both in the blob store, records their SHA-256 and SM3, and freezes the row (a trigger refuses any later
 * change). If anything fails the number goes back with the rollback. An issued document is never issued
 * again: a correction is a new document after voiding this one.
 */
export async function issueDocument(deps: AppDeps, ctx: RequestContext, caseId: string, docId: string) {
  const store = blobStoreFor(deps.config);
  const row = await deps.db.transaction().execute(async (trx) => {
    const caseRow = await loadCaseRow(trx, caseId, ctx.actor);
    const draft = await getDocumentRow(trx, caseId, docId, { forUpdate: true });
    if (draft.status !== 'draft') throw new AppError('DOCUMENT_ALREADY_ISSUED');
    const kind = kindOf(draft);
    // L-04, 行政处罚法 art. 58: the decision document is the decision; not issued before the reviews pass.
    if (kind === 'penalty-decision') await assertReviewGateOpen(trx, caseRow);
    const issuedOn = todayInChina();
    const year = Number(issuedOn.slice(0, 4));
    const settings = await loadDocumentSettings(trx);
    // The number is the last lock this transaction takes before the audit chain's (see issueNumber).
    const numbered = await issueNumber(trx, kind, year, settings.organShort);
    const before = draft.content as unknown as DocumentContent;
    const content: DocumentContent = {
      ...before,
      number: numbered?.number ?? null,
      signature: before.signature ? { ...before.signature, date: issuedOn } : null,
    };
    const files = await renderDocument(content);
    const [pdf, docx] = await Promise.all([
      store.put(Readable.from([files.pdf])),
      store.put(Readable.from([files.docx])),
    ]);
    await trx
      .updateTable('case_documents')
      .set({
        status: 'issued',
        content: JSON.stringify(content),
        number: numbered?.number ?? null,
        year: numbered ? year : null,
        serial: numbered?.serial ?? null,
        pdf_key: pdf.key,
        pdf_size: pdf.size,
        pdf_sha256: pdf.sha256,
        pdf_sm3: pdf.sm3,
        docx_key: docx.key,
        docx_size: docx.size,
        docx_sha256: docx.sha256,
        docx_sm3: docx.sm3,
        issued_by: ctx.actor?.userId ?? null,
        issued_at: new Date(),
        issued_on: issuedOn,
      })
      .where('id', '=', docId)
      .execute();
    if (draft.replaces)
      await trx
        .updateTable('case_documents')
        .set({ replaced_by: docId })
        .where('id', '=', draft.replaces)
        .where('replaced_by', 'is', null)
        .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'document.issued',
      targetType: 'case_document',
      targetId: docId,
      changes: diff(
        { status: 'draft', number: null },
        {
          status: 'issued',
          number: numbered?.number ?? null,
          issuedOn,
          pdfSha256: pdf.sha256,
          pdfSm3: pdf.sm3,
          docxSha256: docx.sha256,
          docxSm3: docx.sm3,
        },
      ),
    });
    return getDocumentRow(trx, caseId, docId);
  });
  return { document: presentDocumentWithContent(row) };
}
