import type { DocumentKind, GuardCode, ProcedureCode, TimeLimitEvent } from '@sanxiang/core';
import type { Selectable } from 'kysely';
import type {
  CaseDeadlineTable,
  CaseEventTable,
  CasePartyTable,
  CaseReviewTable,
  CaseTable,
} from '../db/schema.js';

// The shapes kept in the jsonb columns of `cases` and passed between the engine's parts.

export type CaseRow = Selectable<CaseTable>;
export type PartyRow = Selectable<CasePartyTable>;
export type EventRow = Selectable<CaseEventTable>;
export type DeadlineRow = Selectable<CaseDeadlineTable>;
export type ReviewRow = Selectable<CaseReviewTable>;

/** The discretion range the matter's standard gives for the party type and circumstances. */
export interface PenaltyRange {
  tier: string;
  partyType: 'person' | 'organisation' | 'any';
  conditions: string;
  fineMin: number | null;
  fineMax: number | null;
  measures: string;
}

/** proposed_penalty, notified_penalty and penalty_after_defence. Money in yuan. */
export interface Penalty {
  kinds: string[];
  fine: number | null;
  confiscation: number | null;
  measures: string;
  outsideStandard: boolean;
  reason: string | null;
  circumstances: string | null;
  range: PenaltyRange | null;
}

/** The decision as recorded by 'issue-decision' (行政处罚法 art. 59 elements). */
export interface DecisionRecord {
  /** Null for a coercive measure's decision (seizure, demolition). */
  penalty: Penalty | null;
  facts: string;
  evidence: string[];
  basis: string;
  performance: string;
  remedies: string;
  authority: string;
  decidedOn: string;
  sealed: boolean;
}

export interface Approval {
  by: string;
  byName: string;
  at: string;
  opinion: string;
}

export const APPROVAL_KINDS = ['head-review', 'evidence-preservation', 'coercive-measure'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** What the guards read besides the columns; written by the engine's effects and the approval route. */
export interface CaseFlags {
  /** The case falls in the major-decision catalogue (bureau-level review, L-03). */
  major?: boolean;
  /** Marked complex by the head: collective discussion before the decision (art. 57). */
  complex?: boolean;
  /** The conduct harms life, health or financial safety: five-year limitation (art. 36). */
  harmsSafety?: boolean;
  /** A penalty outside the discretion standard was proposed: bureau-level review. */
  bureauReview?: boolean;
  hearingRequested?: { on: string };
  hearingHeld?: { on: string; chairPersonId: string; noticeServedOn: string; at: string };
  hearingDeemedWaived?: { on: string; note: string };
  waivedStatement?: { signedOn: string; note: string };
  statementReviewed?: string;
  collectiveDiscussion?: { on: string; minutes: string };
  approvals?: Partial<Record<ApprovalKind, Approval>>;
  certificateShown?: { on: string };
  emergency?: { at: string; reason: string };
  seizure?: { items: { name: string; quantity: string }[]; place: string };
  demolitionOrder?: { servedOn: string; deadline: string };
  announcement?: { publishedOn: string; selfDemolitionBy: string };
  demandStatement?: { made: boolean; review: string | null };
  collection?: { receiptNo: string; on: string };
  payment?: { paidOn: string; amount: number };
  remedyPending?: boolean;
}

export type Milestones = Partial<Record<TimeLimitEvent, string>>;

export interface Refusal {
  /** The guard of core's catalogue, or null for the engine's own checks (role, documents). */
  guard: GuardCode | null;
  code: string;
  message: string;
  messageEn: string;
  articles: { law: string; lawName: string; articles: number[] }[];
  /** What was missing, for the console (e.g. the documents not yet issued). */
  missing?: string[];
}

export type ProcedureCodeOfCase = Exclude<ProcedureCode, 'legal-review'>;
export type { DocumentKind };
