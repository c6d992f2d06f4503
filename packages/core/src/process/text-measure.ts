// Width of a line of text without a font engine (core does no I/O): CJK characters and full-width
// punctuation take one em in Noto Sans CJK; Latin letters, digits and narrow punctuation about 0.6 em.
// Slightly generous, so boxes never clip their text.

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isWide(code)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize);
}
