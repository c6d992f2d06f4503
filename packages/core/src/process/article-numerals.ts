import { toChineseNumeral } from '../law/chinese-numerals.js';

// Article numbers are held as numbers and printed the way the statutes write them (第六十四条), so a
// citation can be shown, and matched against the official text, without a lookup table.

/** '第六十条' */
export function chineseArticle(article: number): string {
  return `第${toChineseNumeral(article)}条`;
}
