import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 24: the decision and the two-copy inventory are handed over on the spot.
export function seizureDecisionAndInventoryDelivered(ctx: GuardContext) {
  const on = ctx.payload.deliveredOn;
  const seized = ctx.payload.seizedOn ?? ctx.today;
  if (on && on === seized) return null;
  return refuse(
    'seizure-decision-and-inventory-delivered',
    on
      ? `查封扣押决定书和清单应当场交付（实施日${seized}），登记的交付日期为${on}`
      : '请登记查封扣押决定书和清单当场交付的日期',
    'The decision and inventory must be handed over on the day of the seizure',
  );
}
