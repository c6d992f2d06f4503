// Marks the matches of a search inside plain text without ever treating the text as HTML: the text is cut
// into pieces and the matching pieces are rendered as <mark> elements by React.

export interface TextSegment {
  text: string;
  marked: boolean;
}

type Range = readonly [number, number];

/**
 * Cuts `text` at the [start, end) ranges the server reported. Ranges are clamped to the text, empty or
 * reversed ones are dropped, and overlapping or touching ones are merged, so a sloppy or stale range list
 * can never lose or duplicate a character: joining the segments always gives back `text`.
 */
export function highlightSegments(text: string, ranges: readonly Range[]): TextSegment[] {
  const clean = ranges
    .map(
      ([s, e]) =>
        [
          Math.max(0, Math.min(text.length, Math.trunc(s))),
          Math.max(0, Math.min(text.length, Math.trunc(e))),
        ] as const,
    )
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of clean) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** ASCII-only case folding keeps offsets valid (full Unicode lower-casing can change a string's length). */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The ranges where any of the words of `query` occur in `text`, for marking a searched word inside a full
 * article (the server's offsets belong to its snippet, not to the article).
 */
export function termRanges(text: string, query: string): [number, number][] {
  const terms = [...new Set(query.split(/[\s,，、；;]+/).filter((w) => w.length > 0))];
  const haystack = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = fold(term);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  return ranges;
}
