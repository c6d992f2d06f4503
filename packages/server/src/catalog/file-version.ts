import { createHash } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError, fieldError } from '../errors/app-error.js';
import { cleanFileName, FILING_DOCUMENT_MAX_BYTES, filingDocumentType } from './filing-document.js';
import { isUniqueViolation } from './unique-violation.js';
import { getVersionOrThrow, lockVersion } from './version-query.js';

export interface FileVersionInput {
  filingNumber: string;
  filingDate: string;
  document: { name: string; data: Buffer };
}

/**
 * approved → filed: records the filing with the judicial bureau (备案) — its number, date and the receipt
 * itself — and the version becomes the current one, shown on the portal.
 */
export async function fileVersion(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  id: string,
  input: FileVersionInput,
) {
  const name = cleanFileName(input.document.name);
  const data = input.document.data;
  if (data.length === 0 || !name)
    throw fieldError('document', '请上传备案文件', 'Attach the filing document');
  if (data.length > FILING_DOCUMENT_MAX_BYTES)
    throw fieldError('document', '备案文件不能超过20MB', 'The filing document may not exceed 20 MB');
  if (!filingDocumentType(name, data))
    throw fieldError(
      'document',
      '备案文件须为PDF、Word（.docx）或图片（PNG、JPEG、TIFF、WebP），且文件内容与扩展名一致',
      'The filing document must be a PDF, a .docx or an image (PNG, JPEG, TIFF, WebP) whose content matches its name',
    );
  if (input.filingDate > todayInChina())
    throw fieldError('filingDate', '备案日期不能晚于今天', 'The filing date cannot be in the future');
  const sha256 = createHash('sha256').update(data).digest('hex');

  try {
    await deps.db.transaction().execute(async (trx) => {
      const version = await lockVersion(trx, kind, id);
      if (version.status !== 'approved')
        throw new AppError('CATALOG_STATUS_CONFLICT', { status: version.status });
      if (version.approved_at && input.filingDate < todayInChina(new Date(version.approved_at)))
        throw fieldError(
          'filingDate',
          '备案日期不能早于审批日期',
          'The filing date cannot precede the approval',
        );
      const taken = await trx
        .selectFrom('catalog_versions')
        .select('id')
        .where('filing_number', '=', input.filingNumber)
        .executeTakeFirst();
      if (taken) throw new AppError('CATALOG_FILING_NUMBER_TAKEN');
      const now = new Date();
      await trx
        .updateTable('catalog_versions')
        .set({
          status: 'filed',
          filing_number: input.filingNumber,
          filing_date: input.filingDate,
          filing_document_name: name,
          filing_document_sha256: sha256,
          filing_document: data,
          filed_at: now,
        })
        .where('id', '=', id)
        .execute();
      await appendAuditEvent(trx, ctx, {
        operation: 'catalog.version-filed',
        targetType: 'catalog_version',
        targetId: id,
        changes: {
          status: { before: 'approved', after: 'filed' },
          filingNumber: { before: null, after: input.filingNumber },
          filingDate: { before: null, after: input.filingDate },
          filingDocument: { before: null, after: { name, size: data.length, sha256 } },
        },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, 'catalog_versions_filing_number'))
      throw new AppError('CATALOG_FILING_NUMBER_TAKEN');
    throw e;
  }
  return getVersionOrThrow(deps.db, kind, id);
}
