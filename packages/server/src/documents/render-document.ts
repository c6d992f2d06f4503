import { AppError } from '../errors/app-error.js';
import type { DocumentContent } from './document-model.js';
import { FontMissingError } from './render/fonts.js';
import { renderDocx } from './render/render-docx.js';
import { renderPdf } from './render/render-pdf.js';

/** Both renderings of a document; a missing font directory becomes a clear 503 for the caller. */
export async function renderDocument(
  content: DocumentContent,
  options: { draft?: boolean } = {},
): Promise<{ pdf: Buffer; docx: Buffer }> {
  try {
    const [pdf, docx] = await Promise.all([renderPdf(content, undefined, options), renderDocx(content)]);
    return { pdf, docx };
  } catch (error) {
    throw asAppError(error);
  }
}

export async function renderOne(
  content: DocumentContent,
  format: 'pdf' | 'docx',
  options: { draft?: boolean } = {},
): Promise<Buffer> {
  try {
    return format === 'pdf'
      ? await renderPdf(content, undefined, options)
      : await renderDocx(content, options);
  } catch (error) {
    throw asAppError(error);
  }
}

function asAppError(error: unknown): unknown {
  if (error instanceof FontMissingError)
    return new AppError('DOCUMENT_FONTS_MISSING', { dir: error.dir, file: error.file });
  return error;
}
