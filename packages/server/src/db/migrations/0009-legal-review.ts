import { type Kysely, sql } from 'kysely';

// Legal review (法制审核, L-01 … L-04; review/). The versioned catalogue of major decisions with its time
// limits; the reviewers' 法律职业资格 per account, unit and level; the review rounds of a case (every
// submission at every level is a row, never overwritten: the return loop keeps each round); and the
// collective discussions (集体讨论) after a disagreement. case_reviews (0005) stays the gate's record: an
// opinion given here appends to it.
const STATEMENTS = [
  `
    create table review_catalogue_versions (
      id text primary key,
      version integer not null unique check (version > 0),
      -- core ReviewCatalogue: thresholds per party type, major kinds, switches.
      catalogue jsonb not null check (jsonb_typeof(catalogue) = 'object'),
      -- core ReviewTimeLimits: working days, complex extension.
      time_limits jsonb not null check (jsonb_typeof(time_limits) = 'object'),
      note text not null,
      published_by text references users(id),
      published_at timestamptz not null default now()
    );
  `,
  `
    create table reviewer_qualifications (
      id text primary key,
      user_id text not null references users(id),
      unit_id text not null references units(id),
      level text not null check (level in ('brigade','bureau')),
      certificate_no text not null,
      certificate_date date not null,
      recorded_by text references users(id),
      recorded_at timestamptz not null default now(),
      revoked_at timestamptz,
      revoked_reason text
    );
  `,
  `create unique index reviewer_qualifications_active on reviewer_qualifications(user_id, level) where revoked_at is null;`,
  `
    create table review_requests (
      id text primary key,
      case_id text not null references cases(id),
      round integer not null check (round > 0),
      level text not null check (level in ('brigade','bureau')),
      case_stage text not null,
      status text not null default 'pending'
        check (status in ('pending','agreed','returned','disagreed','superseded')),
      -- What the handler sent (L-04): recommendation, evidence list, the documents on file.
      materials jsonb not null check (jsonb_typeof(materials) = 'object'),
      -- core ReviewRoute at submission: levels and the reasons in words.
      route jsonb not null check (jsonb_typeof(route) = 'object'),
      draft_digest text not null,
      catalogue_version integer not null,
      submitted_by text not null references users(id),
      submitted_on date not null,
      submitted_at timestamptz not null default now(),
      reviewer_id text references users(id),
      assigned_by text references users(id),
      assigned_at timestamptz,
      limit_days integer not null check (limit_days > 0),
      extra_days integer not null default 0 check (extra_days >= 0),
      extension_approved_by text references users(id),
      extension_reason text,
      -- The seven items: [{code, finding, comment}].
      items jsonb,
      opinion text check (opinion in ('agree','return','disagree')),
      opinion_text text,
      concluded_on date,
      concluded_at timestamptz,
      check ((status = 'pending') = (concluded_at is null) or status = 'superseded'),
      unique (case_id, round, level)
    );
  `,
  `create index review_requests_case on review_requests(case_id, round);`,
  `create index review_requests_pending on review_requests(status) where status = 'pending';`,
  `
    create table review_discussions (
      id text primary key,
      case_id text not null references cases(id),
      request_id text not null references review_requests(id),
      held_on date not null,
      chair text not null,
      participants jsonb not null check (jsonb_typeof(participants) = 'array'),
      summary text not null,
      conclusion text not null check (conclusion in ('uphold','revise')),
      recorded_by text not null references users(id),
      created_at timestamptz not null default now(),
      unique (request_id)
    );
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: reviews are records.
}
