import { computeDeadline, type WorkingCalendar } from '@sanxiang/core';
import { sql } from 'kysely';
import type { Tx } from '../context.js';
import type { DeadlineRow } from './types.js';

// Keeps case_deadlines.due_on (migration 0008) equal to what viewDeadline computes, for the running clocks.
// Called after every write that starts, stops or moves a clock (the engine, 中止/延期, the demo seed) and after
// every calendar correction, so the indexed due-soon/overdue list filter agrees with the deadlines shown.

type DueFacts = Pick<DeadlineRow, 'from_date' | 'days' | 'unit' | 'rule' | 'suspensions' | 'extensions'>;

/** The due date of a clock, or null while a suspension is open (the due date then moves day by day). */
export function dueOf(d: DueFacts, calendar: WorkingCalendar): string | null {
  if (d.suspensions.some((s) => !s.to)) return null;
  return computeDeadline(calendar, {
    from: d.from_date,
    days: d.days,
    unit: d.unit,
    rule: d.rule,
    suspensions: d.suspensions.map((s) => ({ from: s.from, to: s.to!, reason: s.reason })),
    extensions: d.extensions.map((e) => ({ days: e.days, reason: e.reason })),
  }).due;
}

const BATCH = 5_000;

/** Recomputes the due dates of the running clocks of one case, or of every case (`null`). */
export async function storeDueDates(
  trx: Tx,
  calendar: WorkingCalendar,
  caseId: string | null,
): Promise<number> {
  let after = '';
  let changed = 0;
  for (;;) {
    let q = trx
      .selectFrom('case_deadlines')
      .select(['id', 'from_date', 'days', 'unit', 'rule', 'suspensions', 'extensions', 'due_on'])
      .where('status', '=', 'running')
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH);
    if (caseId) q = q.where('case_id', '=', caseId);
    const rows = await q.execute();
    if (rows.length === 0) return changed;
    // One UPDATE per distinct due date: clocks of a busy bureau share a few hundred due dates at most.
    const byDue = new Map<string | null, string[]>();
    for (const r of rows) {
      const due = dueOf(r, calendar);
      if (due === r.due_on) continue;
      const ids = byDue.get(due) ?? [];
      ids.push(r.id);
      byDue.set(due, ids);
    }
    for (const [due, ids] of byDue) {
      await trx.updateTable('case_deadlines').set({ due_on: due }).where('id', 'in', ids).execute();
      changed += ids.length;
    }
    if (rows.length < BATCH) return changed;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * At start: fills the due dates of clocks written before migration 0008 (or by a process that died between
 * writing a clock and its due date, which one transaction rules out but an older version did not).
 */
export async function backfillDueDates(db: Tx, calendar: WorkingCalendar): Promise<number> {
  const missing = await db
    .selectFrom('case_deadlines')
    .select('id')
    .where('status', '=', 'running')
    .where('due_on', 'is', null)
    .where(sql<boolean>`not jsonb_path_exists(suspensions, '$[*] ? (!exists(@.to))')`)
    .limit(1)
    .executeTakeFirst();
  return missing ? storeDueDates(db, calendar, null) : 0;
}
