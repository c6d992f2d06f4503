import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import { loadCaseRow } from '../cases/load-case.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getDocumentRow, presentDocumentWithContent } from './document-query.js';

/**
 * Voids an issued document, with the reason. It keeps its number, content and files (numbers are never
 * reused, and what was served stays on record); the case no longer counts it until a replacement drafted
 * with `replaces` is issued.
 */
export async function voidDocument(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  docId: string,
  reason: string,
) {
  const row = await deps.db.transaction().execute(async (trx) => {
    await loadCaseRow(trx, caseId, ctx.actor);
    const before = await getDocumentRow(trx, caseId, docId, { forUpdate: true });
    if (before.status !== 'issued') throw new AppError('DOCUMENT_NOT_ISSUED');
    if (before.voided_at) throw new AppError('DOCUMENT_ALREADY_VOIDED');
    await trx
      .updateTable('case_documents')
      .set({ voided_at: new Date(), voided_by: ctx.actor?.userId ?? null, void_reason: reason })
      .where('id', '=', docId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'document.voided',
      targetType: 'case_document',
      targetId: docId,
      changes: diff({ voided: false, number: before.number }, { voided: true, number: before.number }),
      reason,
    });
    return getDocumentRow(trx, caseId, docId);
  });
  return { document: presentDocumentWithContent(row) };
}
