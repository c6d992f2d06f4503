import type { GuardCode } from '@sanxiang/core';
import { caseFileComplete } from './case-file-complete.js';
import { certificateShown } from './certificate-shown.js';
import { coerciveMeasureApproved } from './coercive-measure-approved.js';
import { collectiveDiscussionForGrave } from './collective-discussion-for-grave.js';
import type { Guard } from './context.js';
import { decisionElementsComplete } from './decision-elements-complete.js';
import { demandBeforeEnforcement } from './demand-before-enforcement.js';
import { demandStatementReviewed } from './demand-statement-reviewed.js';
import { demolitionNoticeAndDeadlinePassed } from './demolition-notice-and-deadline-passed.js';
import { footageLinked } from './footage-linked.js';
import { headReviewOfInvestigation } from './head-review-of-investigation.js';
import { hearingChairIndependent } from './hearing-chair-independent.js';
import { hearingDeemedWaived } from './hearing-deemed-waived.js';
import { hearingNoticeSevenWorkingDays } from './hearing-notice-7-working-days.js';
import { hearingRequestedInTime } from './hearing-requested-in-time.js';
import { hearingRightsNotifiedWhenRequired } from './hearing-rights-notified-when-required.js';
import { majorCatalogueRoute } from './major-catalogue-route.js';
import { noEnforcementAtNightOrHoliday } from './no-enforcement-at-night-or-holiday.js';
import { noHeavierAfterDefence } from './no-heavier-after-defence.js';
import { onSiteRightsAndRecord } from './on-site-rights-and-record.js';
import { onTheSpotCollectionAllowed } from './on-the-spot-collection-allowed.js';
import { performancePeriodElapsed } from './performance-period-elapsed.js';
import { preservationApproved } from './preservation-approved.js';
import { priorNoticeServed } from './prior-notice-served.js';
import { recusalChecked } from './recusal-checked.js';
import { remedyPeriodsElapsed } from './remedy-periods-elapsed.js';
import { requiredReviewsPassed } from './required-reviews-passed.js';
import { reviewMaterialsComplete } from './review-materials-complete.js';
import { reviewerLegallyQualified } from './reviewer-legally-qualified.js';
import { seizedPropertyTransferred } from './seized-property-transferred.js';
import { seizureDecisionAndInventoryDelivered } from './seizure-decision-and-inventory-delivered.js';
import { seizureExtensionOnce } from './seizure-extension-once.js';
import { seizureScopeLawful } from './seizure-scope-lawful.js';
import { seizureWithinThirtyDays } from './seizure-within-30-days.js';
import { serviceModeLawful } from './service-mode-lawful.js';
import { simpleProcedureLimits } from './simple-procedure-limits.js';
import { statementPeriodElapsedOrWaived } from './statement-period-elapsed-or-waived.js';
import { surchargeCapped } from './surcharge-capped.js';
import { twoCertifiedOfficers } from './two-certified-officers.js';
import { withinLimitation } from './within-limitation.js';

// Every guard of core's catalogue, each in its own file. The Record type makes a guard added to core without
// an implementation here a compile error, so the engine never meets a guard it cannot evaluate.
export const GUARD_CHECKS: Record<GuardCode, Guard> = {
  'case-file-complete': caseFileComplete,
  'certificate-shown': certificateShown,
  'coercive-measure-approved': coerciveMeasureApproved,
  'collective-discussion-for-grave': collectiveDiscussionForGrave,
  'decision-elements-complete': decisionElementsComplete,
  'demand-before-enforcement': demandBeforeEnforcement,
  'demand-statement-reviewed': demandStatementReviewed,
  'demolition-notice-and-deadline-passed': demolitionNoticeAndDeadlinePassed,
  'footage-linked': footageLinked,
  'head-review-of-investigation': headReviewOfInvestigation,
  'hearing-chair-independent': hearingChairIndependent,
  'hearing-deemed-waived': hearingDeemedWaived,
  'hearing-notice-7-working-days': hearingNoticeSevenWorkingDays,
  'hearing-requested-in-time': hearingRequestedInTime,
  'hearing-rights-notified-when-required': hearingRightsNotifiedWhenRequired,
  'major-catalogue-route': majorCatalogueRoute,
  'no-enforcement-at-night-or-holiday': noEnforcementAtNightOrHoliday,
  'no-heavier-after-defence': noHeavierAfterDefence,
  'on-site-rights-and-record': onSiteRightsAndRecord,
  'on-the-spot-collection-allowed': onTheSpotCollectionAllowed,
  'performance-period-elapsed': performancePeriodElapsed,
  'preservation-approved': preservationApproved,
  'prior-notice-served': priorNoticeServed,
  'recusal-checked': recusalChecked,
  'remedy-periods-elapsed': remedyPeriodsElapsed,
  'required-reviews-passed': requiredReviewsPassed,
  'review-materials-complete': reviewMaterialsComplete,
  'reviewer-legally-qualified': reviewerLegallyQualified,
  'seized-property-transferred': seizedPropertyTransferred,
  'seizure-decision-and-inventory-delivered': seizureDecisionAndInventoryDelivered,
  'seizure-extension-once': seizureExtensionOnce,
  'seizure-scope-lawful': seizureScopeLawful,
  'seizure-within-30-days': seizureWithinThirtyDays,
  'service-mode-lawful': serviceModeLawful,
  'simple-procedure-limits': simpleProcedureLimits,
  'statement-period-elapsed-or-waived': statementPeriodElapsedOrWaived,
  'surcharge-capped': surchargeCapped,
  'two-certified-officers': twoCertifiedOfficers,
  'within-limitation': withinLimitation,
};
