import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { filingDocumentMime } from './filing-document.js';

/** The filing receipt of a filed version, as stored. */
export async function getFilingDocument(deps: AppDeps, kind: CatalogKind, id: string) {
  const row = await deps.db
    .selectFrom('catalog_versions')
    .select(['filing_document', 'filing_document_name', 'filing_document_sha256'])
    .where('id', '=', id)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row?.filing_document || !row.filing_document_name) throw new AppError('NOT_FOUND');
  return {
    name: row.filing_document_name,
    sha256: row.filing_document_sha256,
    mime: filingDocumentMime(row.filing_document_name),
    data: Buffer.from(row.filing_document),
  };
}
