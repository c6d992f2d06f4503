import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 64: a party who stays away without good reason or walks out has waived the hearing; recorded.
export function hearingDeemedWaived(ctx: GuardContext) {
  if (ctx.payload.partyAbsent === true && ctx.payload.note) return null;
  return refuse(
    'hearing-deemed-waived',
    '须记录当事人无正当理由拒不出席或中途退出听证的情况',
    'Record that the party stayed away without good reason or walked out',
  );
}
