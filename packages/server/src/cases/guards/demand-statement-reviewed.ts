import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 36: what the party says after the demand is recorded and re-examined.
export function demandStatementReviewed(ctx: GuardContext) {
  const s = ctx.payload.demandStatement ?? ctx.flags.demandStatement;
  if (!s)
    return refuse(
      'demand-statement-reviewed',
      '须记录当事人收到催告书后是否提出陈述、申辩',
      'Record whether the party answered the demand',
    );
  if (!s.made || s.review) return null;
  return refuse(
    'demand-statement-reviewed',
    '当事人提出的陈述、申辩须经复核并记录复核意见',
    "Re-examine the party's statement and record the result",
  );
}
