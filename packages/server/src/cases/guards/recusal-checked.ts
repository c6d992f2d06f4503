import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 43: a request for an officer's withdrawal is decided by the head before the case goes on.
export function recusalChecked(ctx: GuardContext) {
  const pending = ctx.officers.filter((o) => o.recusal?.requestedAt && !o.recusal.decision);
  if (pending.length === 0) return null;
  const names = pending.map((o) => o.name);
  return refuse(
    'recusal-checked',
    `${names.join('、')}的回避申请尚未由负责人作出决定`,
    `The recusal request concerning ${names.join(', ')} has not been decided`,
    names,
  );
}
