import { PROCEDURES, type ProcedureDefinition, type WorkingCalendar } from '@sanxiang/core';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { loadRecordingFacts } from '../recording/recording-facts.js';
import { viewDeadline } from './deadlines.js';
import { decisionElementsMissing, issuedDocumentKinds } from './documents-bridge.js';
import type { GuardContext } from './guards/context.js';
import { loadLocalRules } from './local-rules.js';
import { loadOfficers } from './officers.js';
import { draftDigest } from './penalty.js';
import type { CaseFlags, CaseRow, Milestones } from './types.js';

// Everything about one case that the engine and the presenter read, loaded together. Inside a write the case
// row is locked first (FOR UPDATE), so guards see the state the act will change and nobody changes it meanwhile.

export async function loadCaseRow(db: Tx, id: string, actor: Actor | null, lock = false): Promise<CaseRow> {
  let q = db.selectFrom('cases').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  if (actor) await assertUnitVisible(db, actor, row.unit_id);
  return row;
}

export function procedureOf(row: CaseRow): ProcedureDefinition {
  return PROCEDURES[row.procedure];
}

export type CaseBundle = Omit<GuardContext, 'transition' | 'payload' | 'reason'>;

/**
 * The guard context without the act: case, parties, officers, deadlines (computed for today), reviews,
 * events, issued documents, calendar and local rules. The calendar is loaded by the caller before any
 * transaction opens (loadCalendar reads through the root connection, which on PGlite is the one connection a
 * transaction holds).
 */
export async function loadBundle(
  db: Tx,
  calendar: WorkingCalendar,
  row: CaseRow,
  actor: Actor,
  today: string,
  now: Date,
): Promise<CaseBundle> {
  const [
    parties,
    officers,
    deadlineRows,
    reviews,
    events,
    issued,
    rules,
    decisionMissing,
    account,
    recording,
  ] = await Promise.all([
    db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('sort')
      .orderBy('created_at')
      .execute(),
    loadOfficers(db, row.id, today),
    db
      .selectFrom('case_deadlines')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('case_reviews').selectAll().where('case_id', '=', row.id).orderBy('created_at').execute(),
    db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('at')
      .orderBy('seq')
      .execute(),
    issuedDocumentKinds(db, row.id),
    loadLocalRules(db),
    decisionElementsMissing(db, row.id, row.procedure),
    db.selectFrom('users').select('person_id').where('id', '=', actor.userId).executeTakeFirst(),
    loadRecordingFacts(db, row.id),
  ]);
  return {
    caseRow: row,
    flags: (row.flags ?? {}) as CaseFlags,
    milestones: (row.milestones ?? {}) as Milestones,
    procedure: procedureOf(row),
    parties,
    officers,
    deadlines: deadlineRows.map((d) => viewDeadline(d, calendar, rules, today)),
    reviews,
    events,
    issued,
    decisionMissing,
    calendar,
    rules,
    today,
    now,
    actor,
    actorPersonId: account?.person_id ?? null,
    recording,
    draftDigest: draftDigest(row, parties),
  };
}
