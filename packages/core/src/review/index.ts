export {
  catalogueProblems,
  DEFAULT_REVIEW_CATALOGUE,
  describeCatalogue,
  PARTY_TYPE_NAMES,
  type PartyType,
  type ReviewCatalogue,
} from './catalogue.js';
export {
  FINDINGS,
  type Finding,
  type MaterialCode,
  missingMaterials,
  OPINIONS,
  type Opinion,
  opinionProblems,
  REVIEW_ITEM_CODES,
  REVIEW_ITEMS,
  type ReviewItemCode,
  SUBMISSION_MATERIALS,
  type SubmissionFacts,
} from './items.js';
export {
  REVIEW_LEVELS,
  type ReviewLevel,
  type ReviewRoute,
  type RouteReason,
  type RoutingInput,
  routeReview,
} from './routing.js';
export {
  DEFAULT_REVIEW_TIME_LIMITS,
  type ReviewClock,
  type ReviewTimeLimits,
  reviewClock,
} from './time-limit.js';
