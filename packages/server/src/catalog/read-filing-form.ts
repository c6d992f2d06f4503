import type { FastifyRequest } from 'fastify';
import { AppError, type FieldIssue, fieldError } from '../errors/app-error.js';
import type { FileVersionInput } from './file-version.js';
import { fileVersionFields } from './schemas.js';

/**
 * Reads the multipart filing request: the fields `filingNumber` and `filingDate` and one file `document`,
 * in any order. Field problems come back as VALIDATION_FAILED with one entry per field, as JSON bodies do.
 */
export async function readFilingForm(request: FastifyRequest): Promise<FileVersionInput> {
  if (!request.isMultipart())
    throw fieldError(
      'document',
      '请以 multipart/form-data 提交备案号、备案日期和备案文件',
      'Send the filing as multipart/form-data',
    );
  const fields: Record<string, string> = {};
  let document: FileVersionInput['document'] | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'document') document = { name: part.filename, data };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  const parsed = fileVersionFields.safeParse(fields);
  const details: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') || 'body';
        return { field, message: `${field}：${issue.message}`, messageEn: `${field}: ${issue.message}` };
      });
  if (!document)
    details.push({
      field: 'document',
      message: 'document：请上传备案文件',
      messageEn: 'document: attach the filing document',
    });
  if (!parsed.success || !document) throw new AppError('VALIDATION_FAILED', details);
  return { ...parsed.data, document };
}
