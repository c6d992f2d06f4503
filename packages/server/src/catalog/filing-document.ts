import path from 'node:path';

/** The filing receipt's size limit (the multipart limit on the route is the same). */
export const FILING_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

interface DocumentType {
  extensions: string[];
  mime: string;
  /** The file's first bytes, as the format defines them. */
  matches(data: Uint8Array): boolean;
}

const startsWith = (data: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

// PDF, Word (.docx) and the image formats a scanner or a phone produces. The content must agree with the
// name: a renamed executable is not a filing receipt.
const TYPES: DocumentType[] = [
  { extensions: ['.pdf'], mime: 'application/pdf', matches: (d) => startsWith(d, ascii('%PDF-')) },
  {
    extensions: ['.docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    matches: (d) => startsWith(d, [0x50, 0x4b, 0x03, 0x04]),
  },
  {
    extensions: ['.png'],
    mime: 'image/png',
    matches: (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg', matches: (d) => startsWith(d, [0xff, 0xd8, 0xff]) },
  {
    extensions: ['.tif', '.tiff'],
    mime: 'image/tiff',
    matches: (d) => startsWith(d, [0x49, 0x49, 0x2a, 0x00]) || startsWith(d, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  {
    extensions: ['.webp'],
    mime: 'image/webp',
    matches: (d) => startsWith(d, ascii('RIFF')) && startsWith(d, ascii('WEBP'), 8),
  },
];

/** The document's type if its name and its content agree on an accepted one, else null. */
export function filingDocumentType(name: string, data: Uint8Array): DocumentType | null {
  const ext = path.extname(name).toLowerCase();
  const type = TYPES.find((t) => t.extensions.includes(ext));
  return type?.matches(data) ? type : null;
}

/** The content type to serve a stored document with (demo receipts are plain text). */
export function filingDocumentMime(name: string): string {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.txt') return 'text/plain; charset=utf-8';
  return TYPES.find((t) => t.extensions.includes(ext))?.mime ?? 'application/octet-stream';
}

/** A file name safe to store and to send back: no directories, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = path
    .basename(name.replaceAll('\\', '/'))
    .split('')
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim();
  if (base.length <= 200) return base;
  const ext = path.extname(base).slice(0, 10);
  return base.slice(0, 200 - ext.length) + ext;
}
