import type { DocumentKind, ProcedureCode } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { checkCaseDecisionElements, type MissingElement } from '../documents/check-decision-elements.js';
import { listCaseDocuments } from '../documents/document-query.js';
import { issuedDocumentKinds as issuedKinds } from '../documents/issued-document-kinds.js';

// The one place the engine asks the documents part (packages/server/src/documents/) about a case: which
// documents are issued (a stage's required documents, R-02), the documents the Case object lists, and
// whether the decision document carries every element the law requires (行政处罚法 art. 59).

/** The kinds of document issued (numbered and frozen, not voided) for the case. */
export function issuedDocumentKinds(db: Tx, caseId: string): Promise<Set<DocumentKind>> {
  return issuedKinds(db, caseId);
}

/** The case's documents as the Case object lists them. */
export function caseDocuments(db: Tx, caseId: string) {
  return listCaseDocuments(db, caseId);
}

/** The decision document of each procedure: what 'decision-elements-complete' reads. */
export const DECISION_DOCUMENT: Partial<Record<ProcedureCode, DocumentKind>> = {
  general: 'penalty-decision',
  simple: 'on-the-spot-decision',
  seizure: 'seizure-decision',
  demolition: 'demolition-decision',
};

/** What the procedure's latest decision document (draft or issued, not voided) lacks; [] when complete. */
export async function decisionElementsMissing(
  db: Tx,
  caseId: string,
  procedure: ProcedureCode,
): Promise<MissingElement[]> {
  const kind = DECISION_DOCUMENT[procedure];
  return kind ? checkCaseDecisionElements(db, caseId, kind) : [];
}
