import { type Kysely, sql } from 'kysely';

// Publicity reports (issue 7, items 4, 5, 7): the public token behind each certificate's QR code (P-07),
// the service windows whose boards the portal prints (P-08), the annual statistics report with its
// draft → review → publish workflow (P-11), and the register of reconsiderations and suits against the
// bureau's decisions (their outcomes are counted in the annual report).
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  // P-07: the QR code on a certificate encodes the portal URL with this token; 128 random bits, so the
  // lookup cannot be walked by guessing. Existing rows get theirs when the column is added.
  `alter table enforcement_certificates
     add column public_token text not null default replace(gen_random_uuid()::text, '-', '')`,
  `create unique index enforcement_certificates_public_token on enforcement_certificates(public_token);`,
  `
    create table service_windows (
      id text primary key,
      code text not null unique check (length(code) between 1 and 20),
      name text not null check (length(name) > 0),
      post text not null,
      location text not null,
      hours text not null,
      duties jsonb not null check (jsonb_typeof(duties) = 'array'),
      matters jsonb not null check (jsonb_typeof(matters) = 'array'),
      materials jsonb not null check (jsonb_typeof(materials) = 'array'),
      consultation_phone text not null,
      consultation_note text not null default '',
      complaints jsonb not null check (jsonb_typeof(complaints) = 'array'),
      active boolean not null default true,
      sort integer not null default 0,
      version integer not null default 1,
      created_by text references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
  `,
  `
    create table annual_reports (
      year integer primary key check (year between 2000 and 2100),
      status text not null check (status in ('draft','submitted','approved','published')),
      figures jsonb not null,
      computed_at timestamptz not null,
      computed_as_of date not null,
      version integer not null default 1,
      drafted_by text references users(id),
      drafted_by_name text not null,
      submitted_by text references users(id),
      submitted_at timestamptz,
      reviewed_by text references users(id),
      reviewed_by_name text,
      reviewed_at timestamptz,
      review_opinion text,
      returned_reason text,
      published_by text references users(id),
      published_at timestamptz,
      published_on date,
      check ((status = 'published') = (published_at is not null))
    );
  `,
  `
    create table remedy_cases (
      id text primary key,
      kind text not null check (kind in ('reconsideration','suit')),
      case_id text references cases(id),
      decision_no text not null,
      applicant text not null,
      organ text not null,
      filed_on date not null,
      outcome text not null check (outcome in
        ('pending','upheld','revoked','changed','confirmed-illegal','ordered-to-act','dismissed','withdrawn','settled')),
      outcome_on date,
      note text not null default '',
      created_by text references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((outcome = 'pending') = (outcome_on is null)),
      check (outcome_on is null or outcome_on >= filed_on)
    );
  `,
  `create index remedy_cases_filed on remedy_cases(filed_on);`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('irreversible');
}
