import { currentPenalty } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 arts. 68, 70: fines are collected on the spot only up to 100 yuan, or where later collection is
// impracticable; a receipt of the finance department's standard form is handed over.
export function onTheSpotCollectionAllowed(ctx: GuardContext) {
  const fine = currentPenalty(ctx.caseRow)?.fine ?? 0;
  const c = ctx.payload.collection;
  if (!c?.receiptNo)
    return refuse(
      'on-the-spot-collection-allowed',
      '须出具财政部门统一制发的专用票据并登记票据号',
      'Record the number of the official receipt',
    );
  if (fine <= 100 || c.impracticableReason) return null;
  return refuse(
    'on-the-spot-collection-allowed',
    `罚款${fine}元超过一百元，且未说明不当场收缴事后难以执行的情形，不得当场收缴`,
    `A fine of ${fine} is above 100 yuan and later collection is not shown to be impracticable`,
  );
}
