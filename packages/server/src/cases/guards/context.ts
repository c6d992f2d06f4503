import type {
  DocumentKind,
  GuardCode,
  ProcedureDefinition,
  TransitionDefinition,
  WorkingCalendar,
} from '@sanxiang/core';
import type { Actor } from '../../context.js';
import type { RecordingFacts } from '../../recording/recording-facts.js';
import type { DeadlineView } from '../deadlines.js';
import { citation, guardArticles, guardErrorCode } from '../guard-errors.js';
import type { LocalRules } from '../local-rules.js';
import type { OfficerView } from '../officers.js';
import type { ActionPayload } from '../schemas.js';
import type { CaseFlags, CaseRow, EventRow, Milestones, PartyRow, Refusal, ReviewRow } from '../types.js';

/**
 * Everything a guard may read, loaded once per request: the case as it stands, the act being attempted with
 * its payload, and today's date in China. Guards are pure functions of this: they never write, and the
 * engine evaluates them inside the same transaction that then applies the act.
 */
export interface GuardContext {
  caseRow: CaseRow;
  flags: CaseFlags;
  milestones: Milestones;
  procedure: ProcedureDefinition;
  transition: TransitionDefinition;
  parties: PartyRow[];
  officers: OfficerView[];
  deadlines: DeadlineView[];
  reviews: ReviewRow[];
  events: EventRow[];
  issued: Set<DocumentKind>;
  /** What the decision document of the procedure lacks (documents/check-decision-elements.ts). */
  decisionMissing: { name: string; basis: string }[];
  calendar: WorkingCalendar;
  rules: LocalRules;
  today: string;
  now: Date;
  actor: Actor;
  /** The person record behind the acting account, if it has one (people.id). */
  actorPersonId: string | null;
  payload: ActionPayload;
  /** The reason given with the act, if any. */
  reason: string | undefined;
  /** the evidence linked to the case and the footage exemptions (recording/recording-facts.ts). */
  recording: RecordingFacts;
  /** Digest of the draft decision as it stands (penalty.ts draftDigest). */
  draftDigest: string;
}

/** null: the guard passes. Otherwise why not, in both languages, with the articles. */
export type Guard = (ctx: GuardContext) => Refusal | null;

export function refuse(guard: GuardCode, message: string, messageEn: string, missing?: string[]): Refusal {
  const c = citation(guard);
  return {
    guard,
    code: guardErrorCode(guard),
    message: `${message}（${c.zh}）`,
    messageEn: `${messageEn} (${c.en})`,
    articles: guardArticles(guard),
    ...(missing ? { missing } : {}),
  };
}

export const activeOfficers = (ctx: GuardContext) => ctx.officers.filter((o) => o.active);
export const deadlineOf = (ctx: GuardContext, kind: string) =>
  ctx.deadlines.find((d) => d.kind === kind && d.status === 'running') ??
  ctx.deadlines.filter((d) => d.kind === kind).at(-1);
