export { MAX_CHINESE_NUMERAL, parseChineseNumeral, toChineseNumeral } from './chinese-numerals.js';
export { findNumberingIssues, type NumberingIssue } from './find-numbering-issues.js';
export { makeSnippet, type Snippet } from './make-snippet.js';
export {
  articleLabel,
  CHAPTER_SEPARATOR,
  type LawArticle,
  type LawDocument,
  parseLawMarkdown,
} from './parse-law-markdown.js';
export { chineseWords, queryTerms, segmentChinese, segmentQuery } from './segment-chinese.js';
export { splitChapter, type TocEntry, tableOfContents } from './table-of-contents.js';
