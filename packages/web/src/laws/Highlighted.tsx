import { highlightSegments } from './highlight';

/** Text with some ranges marked; the text is never parsed as HTML. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
}) {
  return (
    <>
      {highlightSegments(text, ranges).map((seg, i) =>
        seg.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <mark key={i} className="search-mark">
            {seg.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
