import type { LawArticle } from './parse-law-markdown.js';

export type NumberingIssue =
  | { kind: 'gap'; after: number; missing: number[] }
  | { kind: 'duplicate'; label: string }
  | { kind: 'out-of-order'; label: string; after: string }
  | { kind: 'does-not-start-at-one'; first: number };

/**
 * Checks that a statute numbers its articles 1, 2, 3… in order. A repealed article keeps its number in
 * the official text (第N条 【删除】), so a gap in a parsed file usually means a lost line, not the law;
 * a duplicate makes citations ambiguous. Inserted articles (第十条之一) sit after their base article.
 */
export function findNumberingIssues(articles: readonly Pick<LawArticle, 'number' | 'suffix' | 'label'>[]) {
  const issues: NumberingIssue[] = [];
  const seen = new Set<string>();
  const first = articles[0];
  if (first && first.number !== 1) issues.push({ kind: 'does-not-start-at-one', first: first.number });
  let previous: Pick<LawArticle, 'number' | 'suffix' | 'label'> | undefined;
  for (const a of articles) {
    if (seen.has(a.label)) {
      issues.push({ kind: 'duplicate', label: a.label });
      continue;
    }
    seen.add(a.label);
    if (previous) {
      if (a.number < previous.number || (a.number === previous.number && a.suffix === '')) {
        issues.push({ kind: 'out-of-order', label: a.label, after: previous.label });
      } else if (a.number > previous.number + 1) {
        const missing: number[] = [];
        for (let n = previous.number + 1; n < a.number; n++) missing.push(n);
        issues.push({ kind: 'gap', after: previous.number, missing });
      }
    }
    previous = a;
  }
  return issues;
}
