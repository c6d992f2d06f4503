import type { LawArticle, TocEntry } from './laws-api';

export interface OutlineNode {
  key: string;
  href: string;
  title: string;
  children: OutlineNode[];
}

/** The element id of the index-th heading of the outline. */
export const headingAnchor = (index: number) => `heading-${index}`;

/**
 * Turns the server's flattened outline (level 0 = 编 or 章, deeper levels below) back into a tree for the
 * reader's table of contents. A level that jumps by more than one is hung under the nearest shallower
 * heading, so a malformed outline still shows every heading.
 */
export function outlineTree(toc: readonly TocEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { level: number; node: OutlineNode }[] = [];
  toc.forEach((entry, index) => {
    const node: OutlineNode = {
      key: headingAnchor(index),
      href: `#${headingAnchor(index)}`,
      title: entry.title,
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ level: entry.level, node });
  });
  return roots;
}

/**
 * Which headings open before each article: article index → the outline entries (with their index) that
 * start at it, outermost first. An article can open several (第一编 and its 第一章 both start at 第一条).
 */
export function headingsBefore(
  articles: readonly Pick<LawArticle, 'number' | 'suffix'>[],
  toc: readonly TocEntry[],
): Map<number, { index: number; entry: TocEntry }[]> {
  const positions = new Map<string, number>();
  articles.forEach((a, i) => {
    const key = `${a.number}|${a.suffix}`;
    if (!positions.has(key)) positions.set(key, i);
  });
  const out = new Map<number, { index: number; entry: TocEntry }[]>();
  toc.forEach((entry, index) => {
    const at = positions.get(`${entry.first.number}|${entry.first.suffix}`);
    if (at === undefined) return;
    const list = out.get(at) ?? [];
    list.push({ index, entry });
    out.set(at, list);
  });
  return out;
}
