// Chinese numerals as statutes write article numbers (第一百零一条 = 101). Only the forms legislative
// drafting uses are needed: the digits 一…九, the units 十 百 千, and 零 for a skipped place. 〇 is read
// as 零 because some reprints use it. 万 never occurs in an article number, so it is not supported.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The largest number the two functions below handle (九千九百九十九). */
export const MAX_CHINESE_NUMERAL = 9999;

/**
 * The canonical written form: 10 → 十, 15 → 十五, 110 → 一百一十, 101 → 一百零一, 1001 → 一千零一.
 * A leading 一 is dropped before 十 only when 十 is the highest place, as in 第十五条.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`not a number between 1 and ${MAX_CHINESE_NUMERAL}: ${n}`);
  }
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let pendingZero = false;
  let rest = n;
  for (const [value, unit] of places) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      // One 零 stands for any run of empty places, and only between two written places.
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += value === 10 && digit === 1 && out === '' ? '十' : `${DIGIT_CHARS[digit]}${unit}`;
  }
  return out;
}

/**
 * Reads a Chinese numeral. Throws a RangeError for anything that is not the canonical form
 * toChineseNumeral would write (so 二二 or 一十五 are refused rather than guessed at): a malformed number
 * in a statute file must stop the loader, not produce a wrong article number.
 */
export function parseChineseNumeral(text: string): number {
  const normalized = text.trim().replace(/〇/g, '零');
  if (normalized === '') throw new RangeError('empty Chinese numeral');
  let total = 0;
  let digit: number | null = null;
  for (const char of normalized) {
    const d = DIGITS[char];
    const unit = UNITS[char];
    if (d !== undefined) {
      digit = d;
    } else if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      throw new RangeError(`not a Chinese numeral: ${text}`);
    }
  }
  total += digit ?? 0;
  if (total < 1 || total > MAX_CHINESE_NUMERAL || toChineseNumeral(total) !== normalized) {
    throw new RangeError(`not a canonical Chinese numeral: ${text}`);
  }
  return total;
}
