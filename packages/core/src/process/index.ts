export { chineseArticle } from './article-numerals.js';
export { BRANCHES, type BranchCode, type BranchDefinition, isBranchCode } from './branches.js';
export { DEMOLITION_PROCEDURE, type DemolitionStageCode } from './demolition-procedure.js';
export {
  DOCUMENT_KINDS,
  DOCUMENTS,
  type DocumentDefinition,
  type DocumentKind,
  isDocumentKind,
} from './documents.js';
export {
  type Layout,
  type LayoutEdgeInput,
  type LayoutNodeInput,
  type LayoutOptions,
  layoutGraph,
  type PlacedEdge,
  type PlacedLabel,
  type PlacedNode,
} from './flowchart-layout.js';
export { basisText, flowchartOutline, readingOrder } from './flowchart-outline.js';
export { type Ranking, rankGraph } from './flowchart-rank.js';
export { type FlowchartOptions, renderFlowchartSvg } from './flowchart-svg.js';
export { GENERAL_PROCEDURE, type GeneralStageCode } from './general-procedure.js';
export { GUARD_CODES, GUARDS, type GuardCode, type GuardDefinition, isGuardCode } from './guards.js';
export { INSPECTION_PROCEDURE, type InspectionStageCode } from './inspection-procedure.js';
export { isLawSlug, LAWS, type LawSlug } from './laws.js';
export { LEGAL_REVIEW_PROCEDURE, type LegalReviewStageCode } from './legal-review-procedure.js';
export {
  allowedTransitions,
  finalStages,
  findTransition,
  guardsUsed,
  PROCEDURES,
  stageOf,
} from './procedures.js';
export { SEIZURE_PROCEDURE, type SeizureStageCode } from './seizure-procedure.js';
export { SIMPLE_PROCEDURE, type SimpleStageCode } from './simple-procedure.js';
export { isTimeLimitEvent, TIME_LIMIT_EVENTS, type TimeLimitEvent } from './time-limit-events.js';
export { type ChartLang, timeLimitLabel, timeLimitSentence } from './time-limit-label.js';
export {
  type LegalBasis,
  PROCEDURE_CODES,
  type ProcedureCode,
  type ProcedureDefinition,
  RECORD_KINDS,
  type RecordKind,
  type StageCode,
  type StageDefinition,
  type TimeLimit,
  type TransitionDefinition,
} from './types.js';
export { type ProcedureIssue, type ProcedureIssueCode, validateProcedure } from './validate-procedure.js';
export { escapeXml } from './xml-escape.js';
