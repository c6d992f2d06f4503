import { DOCUMENTS, type DocumentKind } from '@sanxiang/core';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 47, R-02, R-07: one file per case, every document the stages it went through require, and the
// cover with its contents list.
export function caseFileComplete(ctx: GuardContext) {
  const visited = new Set<string>([
    ctx.procedure.start,
    ...ctx.events.map((e) => e.to_stage).filter((s): s is string => !!s),
  ]);
  const needed = new Set<DocumentKind>(['file-cover']);
  for (const s of ctx.procedure.stages)
    if (visited.has(s.code)) for (const k of s.requiredDocuments) needed.add(k);
  const missing = [...needed].filter((k) => !ctx.issued.has(k)).map((k) => DOCUMENTS[k].name);
  if (missing.length === 0) return null;
  return refuse(
    'case-file-complete',
    `案卷不完整，缺少：${missing.join('、')}`,
    `The case file lacks ${missing.length} document(s)`,
    missing,
  );
}
