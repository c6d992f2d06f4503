import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals.js';

// The statute files (LawRefBook/Laws layout): '# title', the version notes, '<!-- INFO END -->', then
// '##'…'####' headings for 编/章/节 and one paragraph a line, each article opening with 第N条 and a space.

/**
 * One article. `number` stays an integer; an article inserted by an amendment (第十条之一) keeps the
 * number of the article it follows and carries the rest in `suffix` ('之一'), so citations compare
 * exactly and a number like 10.1 is never confused with an article 10.1 that does not exist.
 */
export interface LawArticle {
  number: number;
  /** '' for an ordinary article, '之一', '之二'… for an inserted one. */
  suffix: string;
  /** As the statute writes it: '第六十四条', '第十条之一'. */
  label: string;
  /** The headings above the article, outermost first, joined by CHAPTER_SEPARATOR; null before any. */
  chapter: string | null;
  /** The same headings as a list ('第五章 行政处罚的决定', '第四节 听证程序'). */
  chapterPath: string[];
  /** The article without its label: its paragraphs, items (（一）…) included, one a line. */
  text: string;
}

export interface LawDocument {
  slug: string;
  title: string;
  /** Adoption and amendment history as the file states it, one entry a line. */
  versionNotes: string[];
  /**
   * Best effort, 'YYYY-MM-DD': the latest date the notes mention, a 施行 date included. For most laws this
   * is the date of the latest amendment, which can precede the day it took effect (行政处罚法 2021:
   * revised 2021-01-22, in force 2021-07-15 by its art. 86), so it is shown as the version date.
   */
  effectiveDate?: string;
  articles: LawArticle[];
  /**
   * Body lines outside every article (a preamble, text between a heading and the next article). The
   * shipped texts have none; a loader can warn when a new file does, since such text cannot be cited.
   */
  unattached: string[];
}

/** Between the levels of a chapter path: '第五章 行政处罚的决定 · 第四节 听证程序'. */
export const CHAPTER_SEPARATOR = ' · ';

const INFO_END = '<!-- INFO END -->';
const NUMERAL = '[零〇一二三四五六七八九十百千]+';
const ARTICLE_LINE = new RegExp(`^第(${NUMERAL})条(之(${NUMERAL}))?(?:[\\s\\u3000]+(.*))?$`);
const HEADING_LINE = /^(#{2,6})\s+(.+)$/;
const DIVISION = new RegExp(`^(第${NUMERAL}[编章节])[\\s\\u3000]*(.*)$`);
const DATE_IN_NOTE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/** '第十条之一' from its parts. */
export function articleLabel(number: number, suffix = ''): string {
  return `第${toChineseNumeral(number)}条${suffix}`;
}

/**
 * Trims ASCII and ideographic spaces (the source texts carry U+3000 at line ends) and drops zero-width
 * characters, which carry nothing in a statute (民事诉讼法 has lines of U+200B between its parts).
 */
function trimLine(line: string): string {
  return line.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * '第一章　总　　则' → '第一章 总则': the spaces inside a short Chinese heading are typographic (to spread
 * it over the line), not words, and would spoil search and display.
 */
function normalizeHeading(text: string): string {
  const division = DIVISION.exec(text);
  if (!division) return text.replace(/[\s\u3000]+/g, ' ');
  const name = division[2]!.replace(/[\s\u3000]+/g, '');
  return name ? `${division[1]} ${name}` : division[1]!;
}

/** A note line sometimes ends in a stray '）' left over from the source's parenthesised history. */
function dropUnbalancedParen(line: string): string {
  const opens = [...line].filter((c) => c === '（').length;
  const closes = [...line].filter((c) => c === '）').length;
  return closes > opens && line.endsWith('）') ? line.slice(0, -1) : line;
}

function latestDate(notes: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const note of notes) {
    for (const m of note.matchAll(DATE_IN_NOTE)) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      // A date that does not exist (2月30日) is a typo in the notes; skip it rather than invent one.
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
      const iso = date.toISOString().slice(0, 10);
      if (latest === undefined || iso > latest) latest = iso;
    }
  }
  return latest;
}

/**
 * Parses one statute file. Throws an Error naming the file and line for what a loader must not guess
 * about: no title, or an article number that is not a Chinese numeral. Numbering gaps are not errors
 * here (findNumberingIssues reports them), because a statute may genuinely have repealed articles.
 */
export function parseLawMarkdown(markdown: string, slug: string): LawDocument {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titleAt = lines.findIndex((l) => l.startsWith('# '));
  if (titleAt < 0) throw new Error(`${slug}: no '# ' title line`);
  const title = trimLine(lines[titleAt]!.slice(2));

  const infoEnd = lines.findIndex((l, i) => i > titleAt && l.trim() === INFO_END);
  const bodyStart = infoEnd < 0 ? titleAt + 1 : infoEnd + 1;
  const versionNotes =
    infoEnd < 0
      ? []
      : lines
          .slice(titleAt + 1, infoEnd)
          .map(trimLine)
          .filter((l) => l !== '')
          .map(dropUnbalancedParen);

  const articles: LawArticle[] = [];
  const paragraphs: string[][] = [];
  const unattached: string[] = [];
  const path: string[] = [];
  // Whether the line being read still belongs to the last article (a heading ends an article).
  let inArticle = false;

  for (let i = bodyStart; i < lines.length; i++) {
    const line = trimLine(lines[i]!);
    if (line === '') continue;
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      inArticle = false;
      const depth = heading[1]!.length - 2; // '##' is the outermost division
      path.splice(depth, path.length - depth, normalizeHeading(trimLine(heading[2]!)));
      continue;
    }
    const start = ARTICLE_LINE.exec(line);
    if (start) {
      let number: number;
      let suffix = '';
      try {
        number = parseChineseNumeral(start[1]!);
        if (start[3]) suffix = `之${toChineseNumeral(parseChineseNumeral(start[3]))}`;
      } catch (e) {
        throw new Error(`${slug}, line ${i + 1}: ${(e as Error).message}`);
      }
      const chapterPath = [...path];
      articles.push({
        number,
        suffix,
        label: articleLabel(number, suffix),
        chapter: chapterPath.length ? chapterPath.join(CHAPTER_SEPARATOR) : null,
        chapterPath,
        text: '',
      });
      paragraphs.push(start[4] ? [trimLine(start[4])] : []);
      inArticle = true;
      continue;
    }
    if (inArticle) paragraphs[paragraphs.length - 1]!.push(line);
    else unattached.push(line);
  }
  articles.forEach((a, i) => {
    a.text = paragraphs[i]!.join('\n');
  });

  const effectiveDate = latestDate(versionNotes);
  return {
    slug,
    title,
    versionNotes,
    ...(effectiveDate ? { effectiveDate } : {}),
    articles,
    unattached,
  };
}
