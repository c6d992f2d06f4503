export {
  CASE_FILE_SECTIONS,
  type CaseFileSection,
  documentName,
  type FileableDocument,
  orderCaseFileDocuments,
  sealsCaseFile,
  stageOfDocument,
} from './case-file-order.js';
export {
  type AccessGrantView,
  DEFAULT_GRANT_HOURS,
  grantExpiry,
  grantIsValid,
  MAX_GRANT_HOURS,
  type ReadBasis,
  readBasis,
} from './levelled-access.js';
export {
  RECORDING_LIST,
  RECORDING_PRACTICE,
  type RecordingLevel,
  type RecordingListItem,
} from './recording-list.js';
export {
  allStageRecordingRules,
  type EvidenceCarrier,
  footageStages,
  isFootage,
  missingRecords,
  type StageRecordingRule,
  stageRecordingRule,
} from './stage-rules.js';
