import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 21: when the case goes to the judicial organs, the seized goods go with it, and the party is told.
export function seizedPropertyTransferred(ctx: GuardContext) {
  if (ctx.payload.propertyTransferred === true && ctx.payload.transferTo) return null;
  return refuse(
    'seized-property-transferred',
    '须登记接收机关，并确认查封扣押的财物已一并移送',
    'Record the receiving authority and that the goods went with the case',
  );
}
