import { type Kysely, sql } from 'kysely';

// Case handling (P-06, R-02, R-03): the case, its parties, officers, timeline and running deadlines. The
// procedures themselves are data in core; these tables hold where each case stands and why. Due dates are
// not stored: they are computed from `from_date`, `days`, the suspensions and extensions and the working
// calendar whenever a deadline is read, so a calendar correction moves every running deadline.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    -- Case numbers: 'source' (案源登记号 AY2026-000123, given at intake) and 'filing' (立案号, given at 立案),
    -- one sequence per kind per year, taken with a row lock inside the numbering transaction: no gap, no reuse.
    create table case_number_sequences (
      kind text not null check (kind in ('source','filing')),
      year integer not null check (year between 2000 and 2999),
      next integer not null check (next > 0),
      primary key (kind, year)
    );
  `,
  `
    create table cases (
      id text primary key,
      source_no text not null unique,
      case_no text unique,
      -- Printed on the documents served on the party; with the case number it opens the progress query (P-08).
      query_code text not null check (query_code ~ '^[A-Z2-9]{8}$'),
      procedure text not null check (procedure in ('simple','general','seizure','demolition','inspection')),
      stage text not null,
      status text not null default 'open' check (status in ('open','closed','archived')),
      unit_id text not null references units(id),
      source text not null
        check (source in ('patrol','complaint','hotline-12345','digital-cityops','transfer','inspection')),
      source_ref text,
      summary text not null,
      place text not null,
      occurred_on date not null,
      discovered_on date not null,
      filed_on date,
      matter_code text,
      matter_version_id text references catalog_versions(id),
      -- The discretion tier chosen (裁量等次, e.g. 一般处罚).
      circumstances text,
      -- {kinds, fine, confiscation, measures, outsideStandard, reason, range}
      proposed_penalty jsonb,
      -- The penalty stated in the prior notice (事先告知), frozen when it is served: art. 45 compares with it.
      notified_penalty jsonb,
      -- A penalty changed after the party's statement or hearing (never heavier than the notified one).
      penalty_after_defence jsonb,
      -- The decision as made: penalty, facts, evidence, basis, performance, remedies, authority, date.
      decision jsonb,
      -- Facts the guards read: major, complex, hearing_held, waived_statement, approvals, hearing, seizure …
      flags jsonb not null default '{}' check (jsonb_typeof(flags) = 'object'),
      -- The dates of the events the statutory periods run from (core TIME_LIMIT_EVENTS): {"filed": "2026-03-02"}.
      milestones jsonb not null default '{}' check (jsonb_typeof(milestones) = 'object'),
      version integer not null default 1 check (version > 0),
      created_by text not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (discovered_on >= occurred_on),
      -- 立案号 and 立案日 come together (only cases that go through 立案 have them).
      check ((case_no is null) = (filed_on is null))
    );
  `,
  `create index cases_unit_stage on cases(unit_id, stage);`,
  `create index cases_status_updated on cases(status, updated_at desc);`,
  `create index cases_matter on cases(matter_code);`,
  `
    create table case_parties (
      id text primary key,
      case_id text not null references cases(id),
      kind text not null check (kind in ('person','organisation')),
      name text not null,
      -- person: 公民身份号码 (GB 11643, checked), its birth date, and whether the party is a minor.
      id_number text,
      birth_date date,
      minor boolean not null default false,
      -- organisation: 统一社会信用代码 (GB 32100, checked); a pilot code failing the check carries its override.
      credit_code text,
      credit_code_override jsonb,
      legal_representative text,
      address text not null default '',
      phone text not null default '',
      sort integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (kind = 'organisation' or (credit_code is null and legal_representative is null)),
      check (kind = 'person' or (id_number is null and birth_date is null))
    );
  `,
  `create index case_parties_case on case_parties(case_id, sort);`,
  `create index case_parties_name on case_parties(name);`,
  `
    create table case_officers (
      case_id text not null references cases(id),
      person_id text not null references people(id),
      role text not null check (role in ('lead','assist')),
      assigned_at timestamptz not null default now(),
      assigned_by text references users(id),
      -- 回避 (art. 43): a request is recorded, then decided; a recused officer stays on record but no longer counts.
      recusal_requested_at timestamptz,
      recusal_request_reason text,
      recusal_decision text check (recusal_decision in ('recused','rejected')),
      recusal_decided_by text references users(id),
      recused_at timestamptz,
      recusal_reason text,
      primary key (case_id, person_id),
      check ((recused_at is null) = (recusal_decision is distinct from 'recused'))
    );
  `,
  `create index case_officers_person on case_officers(person_id);`,
  `
    -- The timeline: every act on the case, transitions and the rest (parties, officers, penalty, deadlines).
    create table case_events (
      seq bigserial primary key,
      id text not null unique,
      case_id text not null references cases(id),
      action text not null,
      from_stage text,
      to_stage text,
      actor_id text references users(id),
      actor_name text,
      at timestamptz not null default now(),
      payload jsonb not null default '{}',
      reason text
    );
  `,
  `create index case_events_case on case_events(case_id, at, seq);`,
  `
    create table case_deadlines (
      id text primary key,
      case_id text not null references cases(id),
      kind text not null,
      -- The stage whose time limit this is (core StageDefinition.timeLimit); case-90 belongs to 'decision'.
      stage text not null,
      limit_kind text not null check (limit_kind in ('deadline','wait')),
      from_date date not null,
      days integer not null check (days >= 0),
      unit text not null check (unit in ('working','calendar')),
      rule text not null,
      -- [{from, to, reason, approvedBy, approvedAt}]; an open suspension has no 'to' until resumed.
      suspensions jsonb not null default '[]' check (jsonb_typeof(suspensions) = 'array'),
      -- [{days, reason, approvedBy, approvedAt}]
      extensions jsonb not null default '[]' check (jsonb_typeof(extensions) = 'array'),
      status text not null default 'running' check (status in ('running','met','stopped')),
      ended_on date,
      created_at timestamptz not null default now(),
      check ((status = 'running') = (ended_on is null))
    );
  `,
  `create index case_deadlines_case on case_deadlines(case_id);`,
  `create index case_deadlines_running on case_deadlines(status) where status = 'running';`,
  `
    -- Legal review records (行政处罚法 art. 58, L-04), interim until the Legal review issue routes reviews:
    -- the gate 'required-reviews-passed' reads this table only. A review counts for the draft decision whose
    -- digest it carries; when the draft changes, earlier reviews no longer count.
    create table case_reviews (
      id text primary key,
      case_id text not null references cases(id),
      level text not null check (level in ('brigade','bureau')),
      outcome text not null check (outcome in ('approved','returned','disagreed')),
      draft_digest text not null,
      opinion text not null,
      reviewer_id text not null references users(id),
      reviewer_name text not null,
      created_at timestamptz not null default now()
    );
  `,
  `create index case_reviews_case on case_reviews(case_id, created_at);`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: cases are records.
  throw new Error('irreversible');
}
