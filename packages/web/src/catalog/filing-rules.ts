import type { MessageKey, MessageVars } from '../i18n/dictionary';

/** What a filing receipt may be, as the server accepts it (name and content must agree). */
export const FILING_DOCUMENT_TYPES = ['.pdf', '.docx', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'];
export const FILING_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

type T = (key: MessageKey, vars?: MessageVars) => string;

/** Checks a chosen file against the accepted types and size; null when it is fine. */
export function documentProblem(
  file: { name: string; size?: number } | undefined,
  types: readonly string[],
  maxBytes: number,
  t: T,
): string | null {
  if (!file) return t('filing.documentRequired');
  const lower = file.name.toLowerCase();
  if (!types.some((ext) => lower.endsWith(ext))) return t('filing.documentType', { types: types.join(' ') });
  if ((file.size ?? 0) > maxBytes)
    return t('filing.documentTooLarge', { mb: Math.round(maxBytes / 1024 / 1024) });
  return null;
}
