import { type GuardContext, refuse } from './context.js';

// 行政强制法 arts. 18, 19: a coercive measure needs the head's prior approval; taken on the spot in an emergency,
// the approval follows within 24 hours. 'approve-measure' by the bureau head is itself the approval.
const DAY_MS = 24 * 3600_000;

export function coerciveMeasureApproved(ctx: GuardContext) {
  if (ctx.transition.action === 'approve-measure' && ctx.actor.roles.includes('bureau_head')) return null;
  const a = ctx.flags.approvals?.['coercive-measure'];
  if (!a)
    return refuse(
      'coercive-measure-approved',
      '实施行政强制措施须事先报经行政机关负责人批准',
      "The measure needs the head's prior approval",
    );
  const e = ctx.flags.emergency;
  if (e && new Date(a.at).getTime() - new Date(e.at).getTime() > DAY_MS)
    return refuse(
      'coercive-measure-approved',
      '紧急情况下当场实施的，须在二十四小时内向负责人报告并补办批准手续，本案批准已逾期',
      'After an emergency measure the approval must follow within 24 hours; it came later',
    );
  return null;
}
