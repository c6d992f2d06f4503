import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 56: evidence is preserved only with the head's approval (approval kind 'evidence-preservation').
export function preservationApproved(ctx: GuardContext) {
  if (ctx.flags.approvals?.['evidence-preservation']) return null;
  return refuse(
    'preservation-approved',
    '先行登记保存证据须经行政机关负责人批准',
    "Preserving evidence needs the head's approval",
  );
}
