// Line breaking for Chinese official text: every CJK character may break, Latin words and numbers stay
// whole, and the 禁则 hold (no line begins with closing punctuation, none ends with an opening bracket).
// Lines are justified by spreading the leftover width over the characters, as typeset text is.

const NO_START = new Set([...'，。、；：？！）》」』〕】〗”’…—·%‰℃,.;:?!)]}']);
const NO_END = new Set([...'（《「『〔【〖“‘([{¥￥']);

export interface BrokenLine {
  text: string;
  width: number;
  /** Extra space after each character to fill the line (0 on the last line of a paragraph). */
  spacing: number;
}

/** Splits into the units a line may break between. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const latin = /[A-Za-z0-9@#&_\-+=/\\.,:%'"°]/;
  let run = '';
  for (const ch of text) {
    if (latin.test(ch)) {
      run += ch;
      continue;
    }
    if (run) tokens.push(run);
    run = '';
    tokens.push(ch);
  }
  if (run) tokens.push(run);
  return tokens;
}

/**
 * Breaks one paragraph into lines of at most `width` (the first line `firstIndent` narrower). `measure`
 * gives the width of a string in the current font. Explicit '\n' starts a new line.
 */
export function breakLines(
  text: string,
  width: number,
  measure: (s: string) => number,
  firstIndent = 0,
  /** The most space to add after a character when justifying; a line that needs more stays ragged. */
  maxSpacing = 4,
): BrokenLine[] {
  const out: BrokenLine[] = [];
  const hard = text.split('\n');
  for (let h = 0; h < hard.length; h++) {
    const tokens = tokenize(hard[h]!).flatMap((t) => (measure(t) > width ? [...t] : [t]));
    let i = 0;
    let first = h === 0;
    if (tokens.length === 0) {
      out.push({ text: '', width: 0, spacing: 0 });
      continue;
    }
    while (i < tokens.length) {
      const room = width - (first ? firstIndent : 0);
      const line: string[] = [];
      let w = 0;
      while (i < tokens.length) {
        const t = tokens[i]!;
        const tw = measure(t);
        if (line.length > 0 && w + tw > room) {
          // A long code (an 18-character ID or credit code) may break anywhere rather than leave a wide
          // gap: fill the line with as much of it as fits and carry the rest. Sums and dates stay whole.
          if ([...t].length >= 12) {
            const chars = [...t];
            let k = 0;
            while (k < chars.length && w + measure(chars.slice(0, k + 1).join('')) <= room) k++;
            if (k >= 2 && chars.length - k >= 2) {
              line.push(chars.slice(0, k).join(''));
              tokens[i] = chars.slice(k).join('');
              w += measure(chars.slice(0, k).join(''));
            }
          }
          break;
        }
        line.push(t);
        w += tw;
        i++;
      }
      // 禁则: pull characters down while the next line would begin with closing punctuation, or this one
      // ends with an opening bracket. A line never gives up its last two units for it.
      while (i < tokens.length && line.length > 2) {
        const next = tokens[i]!;
        const last = line[line.length - 1]!;
        if (NO_START.has(next[0]!) || NO_END.has(last[last.length - 1]!)) {
          line.pop();
          i--;
          continue;
        }
        break;
      }
      // A line too short to give anything back lets the closing punctuation hang past the edge (悬挂).
      while (i < tokens.length && tokens[i]!.length === 1 && NO_START.has(tokens[i]!)) {
        line.push(tokens[i]!);
        i++;
      }
      const lineText = line.join('').replace(/\s+$/, '');
      const lineWidth = measure(lineText);
      const chars = [...lineText].length;
      const last = i >= tokens.length;
      const slack = room - lineWidth;
      // Spread leftover width over the characters; a line broken early by a long word stays ragged.
      const spacing =
        !last && chars > 1 && slack > 0 && slack / (chars - 1) <= maxSpacing ? slack / (chars - 1) : 0;
      out.push({ text: lineText, width: lineWidth, spacing });
      first = false;
      // A space at a break is dropped.
      while (i < tokens.length && tokens[i] === ' ') i++;
    }
  }
  return out;
}
