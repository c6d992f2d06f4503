// Word search in Chinese (Catalogues item 1). PostgreSQL's text-search parser has no idea where Chinese
// words end: it would take a whole run of ideographs as one token. So words are cut here, with the ICU
// dictionary behind Intl.Segmenter, and handed to to_tsvector('simple', …) separated by spaces. Queries
// are cut by the same segmenter, so a document and a query agree on the words as long as both were
// segmented by the same ICU version (the loader re-segments when that version changes).

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a text (punctuation and spaces dropped), in order. */
export function chineseWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) words.push(s.segment.toLowerCase());
  }
  return words;
}

/** The text as space-separated words, ready for to_tsvector('simple', …). */
export function segmentChinese(text: string): string {
  return chineseWords(text).join(' ');
}

/** The words a reader typed, split on spaces (ASCII or ideographic), without repeats. */
export function queryTerms(q: string): string[] {
  return [...new Set(q.split(/[\s\u3000]+/).filter((t) => t !== ''))];
}

/** A word quoted for to_tsquery: inside quotes a quote is doubled and a backslash escaped. */
function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A to_tsquery('simple', …) string for what a reader typed, or null when it holds no word at all.
 * Terms separated by spaces are ANDed (&). The words of one term must stand next to each other (<->):
 * '行政处罚' is cut into 行政 and 处罚, and the reader typed them as one phrase.
 */
export function segmentQuery(q: string): string | null {
  const parts: string[] = [];
  for (const term of queryTerms(q)) {
    const words = chineseWords(term);
    if (words.length === 0) continue;
    const phrase = words.map(quoteLexeme).join(' <-> ');
    parts.push(words.length > 1 ? `(${phrase})` : phrase);
  }
  return parts.length ? parts.join(' & ') : null;
}
