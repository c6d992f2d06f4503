// The page of an official document (GB/T 9704-2012, as far as a generated document can follow it):
// A4; top margin 37 mm, left 28 mm; the body in 三号 (16 pt) 仿宋 at 28 characters a line and 22 lines
// a page; the title in 二号 (22 pt) 小标宋; the 发文字号 centred under the header; on a decision the red
// separator 4 mm under the number; page numbers in 四号 below the text block; 成文日期 four characters
// from the right edge with the organ's name centred above it and the seal pressing on both.

export const MM = 72 / 25.4;

export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 37 * MM,
  bottom: 35 * MM,
  left: 28 * MM,
} as const;

export const SIZES = {
  /** 三号 */
  body: 16,
  /** 二号 */
  title: 22,
  /** The red organ name of a decision (larger than the title). */
  redHeader: 30,
  /** 四号: records, appendix texts, page numbers. */
  small: 14,
  /** 小四: form cells, notes. */
  form: 12,
} as const;

/** 28 characters of 三号 a line; the right margin is what remains (about 24 mm). */
export const TEXT_WIDTH = 28 * SIZES.body;

/** 22 lines in the text block (GB/T 9704 5.2.2): 225 mm / 22. */
export const BODY_PITCH = (225 * MM) / 22;

/** 4 mm between the number and the red rule; the rule as wide as the text. */
export const RULE_GAP = 4 * MM;

/** An official seal is 42 mm across (党政机关印章 standard size for a county organ). */
export const SEAL_DIAMETER = 42 * MM;

export const RED = '#E60012';

/** Line pitch for a size: 22 lines a page for 三号 body text; tighter for smaller text in forms. */
export function pitchFor(size: number): number {
  if (size === SIZES.body) return BODY_PITCH;
  return size <= SIZES.form ? size * 1.6 : size * 1.75;
}
