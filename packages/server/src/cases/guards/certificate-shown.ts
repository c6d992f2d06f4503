import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 52, 55, 行政强制法 art. 18: the officers showed their certificates and the record says so.
export function certificateShown(ctx: GuardContext) {
  if (ctx.payload.certificateShown === true) return null;
  return refuse(
    'certificate-shown',
    '须确认已向当事人或有关人员出示执法证件，并记入笔录',
    'Confirm that the certificates were shown and noted in the record',
  );
}
