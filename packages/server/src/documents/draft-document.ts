import { randomUUID } from 'node:crypto';
import type { DocumentKind } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import { loadCaseRow } from '../cases/load-case.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { DraftInput } from './document-context.js';
import { getDocumentRow, presentDocumentWithContent } from './document-query.js';
import { loadDocumentContext } from './load-document-context.js';
import { draftContent } from './templates/index.js';

/**
 * Drafts a document of the standard set from the case as it stands (P-06): the template fills it from the
 * case, its parties and officers, the matter's legal bases and the penalty; the officer adds what the case
 * does not hold (`input`). A draft has no number and no date; it can be drafted again until it is issued.
 * `replaces` names a voided document of the same kind that this one takes the place of.
 */
export async function draftDocument(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  body: { kind: DocumentKind; input?: DraftInput | undefined; replaces?: string | undefined },
) {
  const id = randomUUID();
  const row = await deps.db.transaction().execute(async (trx) => {
    await loadCaseRow(trx, caseId, ctx.actor);
    if (body.replaces) {
      const old = await getDocumentRow(trx, caseId, body.replaces);
      if (old.kind !== body.kind || !old.voided_at) throw new AppError('DOCUMENT_NOT_ISSUED');
      if (old.replaced_by) throw new AppError('DOCUMENT_ALREADY_VOIDED');
    }
    const input = body.input ?? {};
    const context = await loadDocumentContext(trx, caseId, input, todayInChina());
    const content = draftContent(body.kind, context);
    await trx
      .insertInto('case_documents')
      .values({
        id,
        case_id: caseId,
        kind: body.kind,
        status: 'draft',
        title: content.title,
        content: JSON.stringify(content),
        input: JSON.stringify(input),
        number: null,
        year: null,
        serial: null,
        pdf_key: null,
        pdf_size: null,
        pdf_sha256: null,
        pdf_sm3: null,
        docx_key: null,
        docx_size: null,
        docx_sha256: null,
        docx_sm3: null,
        drafted_by: ctx.actor?.userId ?? null,
        issued_by: null,
        issued_at: null,
        issued_on: null,
        voided_by: null,
        voided_at: null,
        void_reason: null,
        replaced_by: null,
        replaces: body.replaces ?? null,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'document.drafted',
      targetType: 'case_document',
      targetId: id,
      changes: diff(null, { caseId, kind: body.kind, title: content.title, status: 'draft' }),
    });
    return getDocumentRow(trx, caseId, id);
  });
  return { document: presentDocumentWithContent(row) };
}

/** Drafts an unissued document again from the case as it now stands, with new additions if given. */
export async function redraftDocument(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  docId: string,
  body: { input?: DraftInput | undefined },
) {
  const row = await deps.db.transaction().execute(async (trx) => {
    await loadCaseRow(trx, caseId, ctx.actor);
    const before = await getDocumentRow(trx, caseId, docId, { forUpdate: true });
    if (before.status !== 'draft') throw new AppError('DOCUMENT_ALREADY_ISSUED');
    const input = body.input ?? (before.input as DraftInput);
    const context = await loadDocumentContext(trx, caseId, input, todayInChina());
    const content = draftContent(before.kind as DocumentKind, context);
    await trx
      .updateTable('case_documents')
      .set({
        title: content.title,
        content: JSON.stringify(content),
        input: JSON.stringify(input),
        drafted_by: ctx.actor?.userId ?? null,
        drafted_at: new Date(),
      })
      .where('id', '=', docId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'document.drafted',
      targetType: 'case_document',
      targetId: docId,
      changes: diff({ input: before.input }, { input }),
    });
    return getDocumentRow(trx, caseId, docId);
  });
  return { document: presentDocumentWithContent(row) };
}
