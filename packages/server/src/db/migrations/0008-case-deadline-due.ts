import { type Kysely, sql } from 'kysely';

// The due date of a running deadline, kept beside the facts it is computed from (cases/store-due-dates.ts), so
// the case list can filter and sort by due-soon/overdue with an index instead of computing every clock in scope.
// It stays a cache: the facts (from, days, unit, suspensions, extensions) remain the record, and every write to
// them or to the calendar rewrites it. Null while a suspension is open (the due date then depends on the day).
const STATEMENTS = [
  `alter table case_deadlines add column due_on date`,
  `create index case_deadlines_due on case_deadlines (due_on, case_id)
     where status = 'running' and limit_kind = 'deadline' and due_on is not null`,
  `create index cases_updated on cases (updated_at desc, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('irreversible');
}
