import { type DocumentKind, isDocumentKind } from '@sanxiang/core';
import type { Tx } from '../context.js';

/**
 * The kinds of document issued (numbered, rendered, hashed and frozen) for a case and not voided: what the
 * case engine checks a stage's required documents against. A voided document no longer counts until
 * its replacement is issued.
 */
export async function issuedDocumentKinds(db: Tx, caseId: string): Promise<Set<DocumentKind>> {
  const rows = await db
    .selectFrom('case_documents')
    .select('kind')
    .distinct()
    .where('case_id', '=', caseId)
    .where('status', '=', 'issued')
    .where('voided_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.kind).filter(isDocumentKind));
}
