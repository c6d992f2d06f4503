import { type GuardContext, refuse } from './context.js';
import { latestReview, requiredLevels } from './required-reviews-passed.js';

// L-03: a case in the major-decision catalogue passes the bureau regulation section as well as the brigade.
export function majorCatalogueRoute(ctx: GuardContext) {
  if (!requiredLevels(ctx).includes('bureau') || latestReview(ctx, 'bureau')?.outcome === 'approved')
    return null;
  return refuse(
    'major-catalogue-route',
    '本案属于重大执法决定法制审核目录，须经局法规科审核',
    'The case is in the major-decision catalogue: the bureau section must review it',
  );
}
