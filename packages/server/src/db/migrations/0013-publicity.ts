import { type Kysely, sql } from 'kysely';

// P-01, P-02, P-09, P-10: the publication workflow. A decided case (or an inspection's result) becomes a
// publication: a draft with the source text and the redactions proposed, reviewed by the publicity
// officer, published as immutable versions, withdrawn when the decision falls, taken down when its public
// period ends. Deadlines are not stored: they are computed from the policy (core/publicity) and the
// working calendar when read, from the triggering dates kept here.
const STATEMENTS = [
  `
    create table publications (
      id text primary key,
      kind text not null check (kind in ('penalty-decision','inspection-result')),
      case_id text not null references cases(id),
      -- The unguessable id of the public page, given when first published; null while unpublished.
      public_id text unique,
      status text not null check (status in ('draft','published','withdrawn','taken-down','barred')),
      title text not null,
      source_ref text not null,
      party_name text not null default '',
      party_type text check (party_type in ('person','organisation')),
      -- The text as composed from the decision: never public. Redactions are offsets into it.
      source_text text not null,
      redactions jsonb not null default '[]' check (jsonb_typeof(redactions) = 'array'),
      suggested jsonb not null default '[]' check (jsonb_typeof(suggested) = 'array'),
      -- Why a case may not be published at all (a minor party), shown to the officer.
      barred_reason text,
      triggered_on date not null,
      current_version integer not null default 0,
      published_on date,
      public_until date,
      -- The decision fell (revoked or changed): the item must be withdrawn within 3 working days of this.
      withdrawal_due_from date,
      withdrawal_reason text,
      withdrawn_at timestamptz,
      withdrawn_by text references users(id),
      taken_down_at timestamptz,
      -- Words of the current published version, for the portal's search (to_tsvector('simple', …)).
      search_vector tsvector,
      reviewed_by text references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((public_id is null) = (current_version = 0)),
      check (status <> 'barred' or barred_reason is not null),
      check (status <> 'withdrawn' or (withdrawal_reason is not null and withdrawn_at is not null))
    );
  `,
  `create unique index publications_case_kind on publications(case_id, kind);`,
  `create index publications_status on publications(status, triggered_on);`,
  `create index publications_published on publications(published_on desc, id) where status = 'published';`,
  `create index publications_search on publications using gin (search_vector);`,
  `
    -- What the portal showed, version by version; never changed once written.
    create table publication_versions (
      publication_id text not null references publications(id),
      version integer not null check (version >= 1),
      title text not null,
      body text not null,
      redactions jsonb not null check (jsonb_typeof(redactions) = 'array'),
      -- Null for the first version; the correction's reason for later ones.
      reason text,
      published_at timestamptz not null default now(),
      published_by text references users(id),
      primary key (publication_id, version)
    );
  `,
  `
    create table publication_corrections (
      id text primary key,
      publication_id text not null references publications(id),
      -- Shown to the requester to follow the request; not the row id.
      ticket text not null unique,
      requester_name text not null,
      requester_contact text not null,
      content text not null,
      filed_on date not null,
      status text not null check (status in ('open','accepted','rejected')),
      answer text,
      answered_at timestamptz,
      answered_by text references users(id),
      version_published integer,
      created_at timestamptz not null default now(),
      check ((status = 'open') = (answer is null))
    );
  `,
  `create index publication_corrections_open on publication_corrections(status, filed_on);`,
  `
    -- A decision revoked or changed after it was made (by the bureau, on reconsideration, by a court).
    create table decision_revocations (
      id text primary key,
      case_id text not null references cases(id),
      kind text not null check (kind in ('revoked','changed')),
      decided_on date not null,
      reason text not null,
      recorded_by text not null references users(id),
      created_at timestamptz not null default now()
    );
  `,
  `create index decision_revocations_case on decision_revocations(case_id);`,
  `
    create function publication_versions_frozen() returns trigger language plpgsql as $$
    begin
      raise exception 'publication versions are immutable';
    end $$;
  `,
  `
    create trigger publication_versions_frozen before update or delete on publication_versions
      for each row execute function publication_versions_frozen();
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('irreversible');
}
