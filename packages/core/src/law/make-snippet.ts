import { chineseWords, queryTerms } from './segment-chinese.js';

export interface Snippet {
  /** An excerpt of the text around the first match, '…' marking cut ends, line breaks as spaces. */
  text: string;
  /** [start, end) offsets into `text` of every match, in order, not overlapping. */
  highlights: [number, number][];
}

// ASCII-only case folding keeps every offset valid in the original string (full Unicode lower-casing
// can change a string's length).
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  const h = fold(haystack);
  const n = fold(needle);
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length)) found.push(at);
  return found;
}

/**
 * The part of an article that matched a search, with the matches marked, so a list of results shows
 * why each one is there. The reader's own terms are looked for first; when none occurs as typed (the
 * word search matched across a line break or punctuation), their single words are marked instead.
 * Plain data, not HTML: the portal and the console each render the marks safely.
 */
export function makeSnippet(text: string, q: string, radius = 40): Snippet {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const terms = queryTerms(q);
  let needles = terms.filter((t) => occurrences(flat, t).length > 0);
  if (needles.length === 0) {
    needles = [...new Set(terms.flatMap(chineseWords))].filter((w) => occurrences(flat, w).length > 0);
  }
  const first = Math.min(...needles.flatMap((n) => occurrences(flat, n).slice(0, 1)));
  const anchor = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, anchor - radius);
  const end = Math.min(flat.length, anchor + radius * 2);
  const prefix = start > 0 ? '…' : '';
  const excerpt = `${prefix}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;

  // Longest needle first, so '行政处罚' is marked whole rather than as '行政' inside it.
  const ranges: [number, number][] = [];
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    for (const at of occurrences(excerpt, needle)) {
      const range: [number, number] = [at, at + needle.length];
      if (!ranges.some(([s, e]) => range[0] < e && s < range[1])) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { text: excerpt, highlights: ranges };
}
