import { PROCEDURES } from '../process/procedures.js';
import type { ProcedureCode, RecordKind, StageDefinition } from '../process/types.js';
import { RECORDING_LIST, type RecordingListItem } from './recording-list.js';

// per procedure and stage, read from the procedure definitions themselves (`requiredRecords`,
// `fullAudioVideo`), so the rule the engine enforces and the list the portal publishes cannot drift apart.

/** What an evidence item carries, as far as the recording rules care. */
export type EvidenceCarrier = 'photo' | 'audio' | 'video' | 'document';

export interface StageRecordingRule {
  procedure: ProcedureCode;
  stage: string;
  stageName: string;
  stageNameEn: string;
  /** the carriers the stage's record consists of. */
  requiredRecords: readonly RecordKind[];
  /** the stage's exit needs linked footage (video with sound) or an approved exemption. */
  footageRequired: boolean;
  /** Items of the recording list that name this stage. */
  listItems: readonly RecordingListItem[];
}

export function stageRecordingRule(procedure: ProcedureCode, stage: string): StageRecordingRule | null {
  const def = PROCEDURES[procedure].stages.find((s) => s.code === stage) as StageDefinition | undefined;
  if (!def) return null;
  return ruleOf(procedure, def);
}

function ruleOf(procedure: ProcedureCode, def: StageDefinition): StageRecordingRule {
  return {
    procedure,
    stage: def.code,
    stageName: def.name,
    stageNameEn: def.nameEn,
    requiredRecords: def.requiredRecords,
    footageRequired: def.fullAudioVideo,
    listItems: RECORDING_LIST.filter((i) =>
      i.stages.some((s) => s.procedure === procedure && s.stage === def.code),
    ),
  };
}

/** Every stage of every procedure with its recording rule, in the procedures' own order. */
export function allStageRecordingRules(): StageRecordingRule[] {
  return Object.values(PROCEDURES).flatMap((p) =>
    (p.stages as readonly StageDefinition[]).map((s) => ruleOf(p.code, s)),
  );
}

/** The stages whose exit requires linked footage. */
export function footageStages(): StageRecordingRule[] {
  return allStageRecordingRules().filter((r) => r.footageRequired);
}

/**
 * Which required carriers a stage still lacks, given the carriers of the evidence linked to it and whether
 * its written record exists. Text is the base record and is satisfied only by a written record; a video
 * file carries its sound, so it satisfies 'audio' as well as 'video'; audio alone never satisfies 'video'.
 */
export function missingRecords(
  required: readonly RecordKind[],
  linked: readonly EvidenceCarrier[],
  hasWrittenRecord: boolean,
): RecordKind[] {
  const has = new Set(linked);
  return required.filter((k) => {
    if (k === 'text') return !hasWrittenRecord;
    if (k === 'photo') return !has.has('photo');
    if (k === 'audio') return !has.has('audio') && !has.has('video');
    return !has.has('video');
  });
}

/** footage for a mandatory stage is a video (an audio-video record); audio alone is not enough. */
export function isFootage(carrier: EvidenceCarrier): boolean {
  return carrier === 'video';
}
