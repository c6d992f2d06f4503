import type { RoleCode } from '../access/roles.js';
import type { DeadlineUnit } from '../calendar/deadline.js';
import type { BranchCode } from './branches.js';
import type { DocumentKind } from './documents.js';
import type { GuardCode } from './guards.js';
import type { LawSlug } from './laws.js';
import type { TimeLimitEvent } from './time-limit-events.js';

// DESIGN.md "Process as data": one definition per procedure, read by the case engine (which enforces it),
// by the portal (which draws its flowchart from it, P-05) and by the supervision checks. Everything here is
// plain data, so a rule change is a data change and a test.

export const PROCEDURE_CODES = [
  'simple',
  'general',
  'seizure',
  'demolition',
  'inspection',
  'legal-review',
] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** The carriers of a record. Text is the base record; audio/video never replaces what must be written. */
export const RECORD_KINDS = ['text', 'photo', 'audio', 'video'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type StageCode = string;

/** A statute and the articles of it that a procedure, guard or time limit rests on. */
export interface LegalBasis {
  law: LawSlug;
  articles: readonly number[];
}

/**
 * A period attached to a stage.
 * - 'deadline': the stage's work must be done within the period (supervision flags it when overdue; the
 *   engine does not block a late act, because a late decision is still better than none).
 * - 'wait': the stage may not be left before the period has run out (a guard on the exit enforces it),
 *   e.g. the 5 working days in which a party may ask for a hearing.
 */
export interface TimeLimit {
  kind: 'deadline' | 'wait';
  days: number;
  /** 行政处罚法 art. 85 and 行政强制法 art. 69 decide which periods are working days. */
  unit: DeadlineUnit;
  /** The event the period runs from; the day of the event itself is not counted. */
  from: TimeLimitEvent;
  /** Human-readable source, e.g. '行政处罚法第六十条'. */
  rule: string;
  /** The statute article that fixes the figure. Exactly one of `ref` and `configKey` is set. */
  ref?: { law: LawSlug; article: number };
  /**
   * Set when no statute fixes the figure and the bureau does (DOMAIN.md: local figures are configuration
   * with a default, never constants): `days` is then only the default, read from this configuration key.
   */
  configKey?: string;
  /** What the period excludes or how it is applied, e.g. testing time excluded (行政强制法 art. 25). */
  note?: string;
}

export interface StageDefinition<S extends string = StageCode> {
  code: S;
  name: string;
  nameEn: string;
  /** Who may act in this stage. */
  roles: readonly RoleCode[];
  /** the stage cannot be completed while any of these documents is missing. */
  requiredDocuments: readonly DocumentKind[];
  /** Documents that belong to this stage when the case calls for them (for the file order and the UI). */
  optionalDocuments?: readonly DocumentKind[];
  /** the record carriers the stage must have before it is completed. */
  requiredRecords: readonly RecordKind[];
  /** the on-site act is recorded on audio and video without interruption, and its exit needs footage. */
  fullAudioVideo: boolean;
  timeLimit?: TimeLimit;
  /** A stage that only some cases pass through. */
  optional?: boolean;
  /** A stage with no exit: the procedure ends here. */
  final?: boolean;
  /** The stage is carried out by (or hands the matter on to) another procedure. */
  linkedProcedure?: ProcedureCode;
}

export interface TransitionDefinition<S extends string = StageCode> {
  from: S;
  to: S;
  /** Verb code of the act that takes the case along this edge; unique per `from` stage. */
  action: string;
  /** Chinese label of the chart edge. */
  name: string;
  nameEn: string;
  /** Conditions the engine must check before the act is allowed; each is a hard gate. */
  guards: readonly GuardCode[];
  /** Set on a conditional edge: the case takes it only in the situation the branch names. */
  branch?: BranchCode;
  /** Who may take this act; when absent, any role of the `from` stage. Must be a subset of those roles. */
  roles?: readonly RoleCode[];
}

export interface ProcedureDefinition<S extends string = StageCode> {
  code: ProcedureCode;
  name: string;
  nameEn: string;
  /** The statutes the procedure rests on; the first is its principal law (chart labels omit its name). */
  basis: readonly LegalBasis[];
  stages: readonly StageDefinition<S>[];
  transitions: readonly TransitionDefinition<S>[];
  start: S;
}
