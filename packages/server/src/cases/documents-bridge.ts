import type { DocumentKind } from '@sanxiang/core';
import type { Tx } from '../context.js';

// The one place the engine asks the documents part (packages/server/src/documents/) about a case. Until that
// part exists, no document of any case counts as issued, so the engine refuses to leave a stage whose
// required documents (core StageDefinition.requiredDocuments, R-02) are missing: the check is real from the
// start and never passes silently. When documents/ lands, these two functions switch to its reads.

/** The kinds of document issued (numbered and frozen) for the case. */
export async function issuedDocumentKinds(_db: Tx, _caseId: string): Promise<Set<DocumentKind>> {
  return new Set();
}

/** The case's documents as the Case object lists them. */
export async function caseDocuments(_db: Tx, _caseId: string): Promise<unknown[]> {
  return [];
}
