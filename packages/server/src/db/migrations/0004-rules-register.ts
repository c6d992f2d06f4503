import { type Kysely, sql } from 'kysely';

// I-01: the register of the bureau's own rules, lists and flowcharts (制度、清单、流程图汇编) with their
// deadlines and their filing (备案) with the judicial bureau. Also the progress rows of catalogue imports
// from Excel (P-03/P-04), which run in the background and are polled by the console.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table bureau_rules (
      id text primary key,
      title text not null,
      kind text not null check (kind in ('measure','list','flowchart','standard','other')),
      -- The clauses of REQUIREMENTS.md the document carries, e.g. ["P-01"].
      requirement_ids jsonb not null default '[]' check (jsonb_typeof(requirement_ids) = 'array'),
      due_date date not null,
      status text not null check (status in ('pending','drafted','filed')),
      -- The filing in force. Several documents may share one number: the plan files its 汇编 as one package.
      -- While a filed rule is being revised (status 'drafted') the earlier filing stays here until refiled.
      filing_number text,
      filed_at date,
      -- Earlier filings of the same rule, oldest first: [{filingNumber, filedAt}].
      previous_filings jsonb not null default '[]' check (jsonb_typeof(previous_filings) = 'array'),
      -- The document's text, kept in the blob store (storage/): its digests are recorded here.
      attachment_name text,
      attachment_size integer check (attachment_size >= 0),
      attachment_sha256 text,
      attachment_sm3 text,
      attachment_key text,
      attachment_content_type text,
      attachment_uploaded_at timestamptz,
      sort integer not null default 0,
      created_by text references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status <> 'filed' or (filing_number is not null and filed_at is not null)),
      check ((filing_number is null) = (filed_at is null)),
      check ((attachment_key is null) = (attachment_sha256 is null)
        and (attachment_key is null) = (attachment_name is null)
        and (attachment_key is null) = (attachment_sm3 is null)
        and (attachment_key is null) = (attachment_size is null))
    );
  `,
  `
    create index bureau_rules_due on bureau_rules(due_date);
  `,
  `
    -- One row per Excel import into a draft catalogue version: its progress while it runs, then its
    -- outcome and, if it failed validation, every problem found ([{row, column, reason, reasonEn}]).
    create table import_jobs (
      id text primary key,
      kind text not null check (kind in ('matters','inspections')),
      -- No foreign key: the register of imports stands on its own (0003's versions are never deleted
      -- once submitted, and a draft's import history may outlive the draft).
      version_id text not null,
      status text not null check (status in ('running','succeeded','failed')),
      processed integer not null default 0 check (processed >= 0),
      total integer not null default 0 check (total >= 0),
      imported integer not null default 0 check (imported >= 0),
      problems jsonb not null default '[]' check (jsonb_typeof(problems) = 'array'),
      -- The uploaded workbook, kept in the blob store: what was imported can be shown later.
      workbook_name text not null,
      workbook_size integer not null,
      workbook_sha256 text not null,
      workbook_sm3 text not null,
      workbook_key text not null,
      created_by text not null references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      check ((status = 'running') = (finished_at is null))
    );
  `,
  `
    create index import_jobs_version on import_jobs(version_id, created_at);
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: filings are records.
  throw new Error('irreversible');
}
