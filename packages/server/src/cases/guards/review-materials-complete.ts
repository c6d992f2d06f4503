import { currentPenalty } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 58, L-04: the case goes to review with the investigation report, the recommendation and draft
// decision (the proposed penalty), and after a hearing with its record.
export function reviewMaterialsComplete(ctx: GuardContext) {
  const missing: string[] = [];
  if (!ctx.issued.has('investigation-report')) missing.push('调查终结报告');
  if (!currentPenalty(ctx.caseRow)) missing.push('拟作出的处罚决定（拟处罚内容）');
  if (ctx.flags.hearingHeld && !ctx.issued.has('hearing-record')) missing.push('听证笔录');
  if (missing.length === 0) return null;
  return refuse(
    'review-materials-complete',
    `送审材料不全：缺少${missing.join('、')}`,
    `Materials for review are incomplete: ${missing.length} missing`,
    missing,
  );
}
