// Names in a definition may one day come from an administrator's form, so every text that goes into the
// SVG is escaped, and characters that XML 1.0 cannot carry at all are dropped rather than passed on.

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** XML 1.0 Char: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

export function escapeXml(text: string): string {
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives whole and a lone surrogate alone.
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) continue;
    out += ENTITY[ch] ?? ch;
  }
  return out;
}
