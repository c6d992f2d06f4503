/** A LIKE/ILIKE pattern matching `text` anywhere, with the pattern's own metacharacters escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
}
