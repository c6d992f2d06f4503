import { CHAPTER_SEPARATOR, type LawArticle } from './parse-law-markdown.js';

export interface TocEntry {
  /** The heading: '第五章 行政处罚的决定', '第四节 听证程序'. */
  title: string;
  /** The first article under the heading, where a reader jumps to. */
  first: { number: number; suffix: string; label: string };
  /** Articles under the heading, sub-headings included. */
  articleCount: number;
  children: TocEntry[];
}

/** A chapter path from the stored chapter text ('第一编 总则 · 第七章 期间、送达' → its two levels). */
export function splitChapter(chapter: string | null): string[] {
  return chapter ? chapter.split(CHAPTER_SEPARATOR) : [];
}

/**
 * The 编/章/节 outline of a law, built from the chapter of each article in order. A heading that
 * reappears after another one (which a well-formed statute never does) starts a new entry rather than
 * merging, so the outline always follows the text.
 */
export function tableOfContents(
  articles: readonly Pick<LawArticle, 'number' | 'suffix' | 'label' | 'chapter'>[],
): TocEntry[] {
  const roots: TocEntry[] = [];
  let open: TocEntry[] = []; // the entries on the current path, outermost first
  for (const a of articles) {
    const path = splitChapter(a.chapter);
    let depth = 0;
    while (depth < path.length && depth < open.length && open[depth]!.title === path[depth]) depth++;
    open = open.slice(0, depth);
    for (let level = depth; level < path.length; level++) {
      const entry: TocEntry = {
        title: path[level]!,
        first: { number: a.number, suffix: a.suffix, label: a.label },
        articleCount: 0,
        children: [],
      };
      (level === 0 ? roots : open[level - 1]!.children).push(entry);
      open.push(entry);
    }
    for (const entry of open) entry.articleCount++;
  }
  return roots;
}
