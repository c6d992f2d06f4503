import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 57: complex cases and grave violations are decided by the heads collectively.
export function collectiveDiscussionForGrave(ctx: GuardContext) {
  if (!(ctx.flags.complex || ctx.flags.major)) return null;
  if (ctx.flags.collectiveDiscussion) return null;
  return refuse(
    'collective-discussion-for-grave',
    '本案情节复杂或属重大违法行为，须经负责人集体讨论决定',
    'A complex or grave case must be decided by collective discussion of the heads',
  );
}
