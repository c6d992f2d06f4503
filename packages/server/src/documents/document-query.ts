import { DOCUMENTS, type DocumentKind, isDocumentKind } from '@sanxiang/core';
import type { Selectable } from 'kysely';
import type { Tx } from '../context.js';
import type { CaseDocumentTable } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import type { DocumentContent } from './document-model.js';

export type DocumentRow = Selectable<CaseDocumentTable>;

export async function getDocumentRow(
  db: Tx,
  caseId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentRow> {
  let q = db.selectFrom('case_documents').selectAll().where('id', '=', id).where('case_id', '=', caseId);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function kindOf(row: DocumentRow): DocumentKind {
  if (!isDocumentKind(row.kind)) throw new Error(`unknown document kind ${row.kind}`);
  return row.kind;
}

/** A document as the API lists it. */
export function presentDocument(row: DocumentRow) {
  const kind = kindOf(row);
  return {
    id: row.id,
    caseId: row.case_id,
    kind,
    name: DOCUMENTS[kind].name,
    nameEn: DOCUMENTS[kind].nameEn,
    title: row.title,
    status: row.status,
    number: row.number,
    issuedOn: row.issued_on,
    issuedAt: iso(row.issued_at),
    issuedBy: row.issued_by,
    draftedAt: iso(row.drafted_at)!,
    draftedBy: row.drafted_by,
    pdf: row.pdf_key ? { size: row.pdf_size!, sha256: row.pdf_sha256!, sm3: row.pdf_sm3! } : null,
    docx: row.docx_key ? { size: row.docx_size!, sha256: row.docx_sha256!, sm3: row.docx_sm3! } : null,
    voided: row.voided_at
      ? { at: iso(row.voided_at)!, by: row.voided_by, reason: row.void_reason ?? '' }
      : null,
    replaces: row.replaces,
    replacedBy: row.replaced_by,
  };
}

/** One document with its structured content and the officer's additions. */
export function presentDocumentWithContent(row: DocumentRow) {
  return { ...presentDocument(row), content: row.content, input: row.input };
}

export function contentOf(row: DocumentRow): DocumentContent {
  return row.content as unknown as DocumentContent;
}

export type PresentedDocument = ReturnType<typeof presentDocument>;

/** The documents of a case, oldest first, as the Case object lists them. */
export async function listCaseDocuments(db: Tx, caseId: string): Promise<PresentedDocument[]> {
  const rows = await db
    .selectFrom('case_documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('drafted_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => presentDocument(r));
}
