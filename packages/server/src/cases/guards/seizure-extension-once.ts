import { deadlineOf, type GuardContext, refuse } from './context.js';

// 行政强制法 art. 25: a complex case may be extended once, by at most 30 days, with the head's approval, and the
// party is told in writing with the reasons.
export function seizureExtensionOnce(ctx: GuardContext) {
  const d = deadlineOf(ctx, 'seizure-30');
  if (d && d.extensions.length > 0)
    return refuse(
      'seizure-extension-once',
      '查封扣押期限已延长过一次，不得再次延长',
      'The seizure period has already been extended once',
    );
  const days = ctx.payload.extensionDays ?? 30;
  if (days > 30)
    return refuse(
      'seizure-extension-once',
      `延长期限不得超过三十日，申请延长${days}日`,
      `At most 30 days; ${days} asked`,
    );
  if (!ctx.reason)
    return refuse(
      'seizure-extension-once',
      '请说明情况复杂需要延长的理由',
      'Give the reason the case needs more time',
    );
  return null;
}
