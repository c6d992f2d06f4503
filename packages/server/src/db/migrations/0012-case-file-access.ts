import { type Kysely, sql } from 'kysely';

// Recording exemptions, the sealed electronic case file with its amendments, and cross-unit
// read requests. Reads themselves are audit events (kind 'read'), so the read log is the audit log
// (filtered by the audit_target index of 0001).
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table recording_exemptions (
      id text primary key,
      case_id text not null references cases(id),
      stage text not null,
      reason text not null check (length(reason) > 0),
      status text not null check (status in ('pending','approved','denied')),
      requested_by text not null references users(id),
      requested_by_name text not null,
      requested_at timestamptz not null default now(),
      decided_by text references users(id),
      decided_by_name text,
      decided_at timestamptz,
      opinion text,
      check ((status = 'pending') = (decided_at is null))
    );
  `,
  // One open request per case and stage; a denied one may be followed by a new request.
  `create unique index recording_exemptions_open on recording_exemptions(case_id, stage) where status <> 'denied';`,
  `
    create table case_files (
      id text primary key,
      case_id text not null references cases(id),
      version integer not null check (version > 0),
      status text not null check (status in ('sealed','superseded')),
      pdf_key text not null,
      pdf_size integer not null check (pdf_size > 0),
      pdf_sha256 text not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
      pdf_sm3 text not null check (pdf_sm3 ~ '^[0-9a-f]{64}$'),
      page_count integer not null check (page_count > 0),
      -- The file's contents as sealed: every entry with its section, title, number, pages and digests.
      manifest jsonb not null check (jsonb_typeof(manifest) = 'array'),
      sealed_at timestamptz not null default now(),
      sealed_by text references users(id),
      sealed_by_name text not null,
      amendment_id text,
      unique (case_id, version)
    );
  `,
  `create unique index case_files_current on case_files(case_id) where status = 'sealed';`,
  `
    -- A sealed file never changes and never goes away; the one change left is being superseded once by
    -- the next version (an approved amendment).
    create function case_files_sealed() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'DELETE' then
        raise exception 'case file % is sealed: it cannot be deleted', old.id
          using errcode = 'P0001', hint = 'CASE_FILE_SEALED';
      end if;
      if old.status = 'superseded' or new.status <> 'superseded'
          or (to_jsonb(new) - 'status') is distinct from (to_jsonb(old) - 'status') then
        raise exception 'case file % is sealed: it cannot change', old.id
          using errcode = 'P0001', hint = 'CASE_FILE_SEALED';
      end if;
      return new;
    end
    $fn$;
  `,
  `
    create trigger case_files_sealed before update or delete on case_files
      for each row execute function case_files_sealed();
  `,
  `
    create table case_file_amendments (
      id text primary key,
      case_id text not null references cases(id),
      case_file_id text not null references case_files(id),
      reason text not null check (length(reason) > 0),
      status text not null check (status in ('pending','approved','denied')),
      requested_by text not null references users(id),
      requested_by_name text not null,
      requested_at timestamptz not null default now(),
      decided_by text references users(id),
      decided_by_name text,
      decided_at timestamptz,
      opinion text,
      new_file_id text references case_files(id),
      check ((status = 'pending') = (decided_at is null)),
      check ((status = 'approved') = (new_file_id is not null))
    );
  `,
  `create unique index case_file_amendments_open on case_file_amendments(case_id) where status = 'pending';`,
  `
    create table case_access_requests (
      id text primary key,
      case_id text not null references cases(id),
      -- The unit that owns the case when asked: its leader decides.
      case_unit_id text not null references units(id),
      requester_id text not null references users(id),
      requester_name text not null,
      requester_unit_id text references units(id),
      reason text not null check (length(reason) > 0),
      hours integer not null check (hours > 0),
      status text not null check (status in ('pending','approved','denied','revoked')),
      requested_at timestamptz not null default now(),
      decided_by text references users(id),
      decided_by_name text,
      decided_at timestamptz,
      opinion text,
      valid_from timestamptz,
      valid_until timestamptz,
      check ((status = 'approved') <= (valid_from is not null and valid_until > valid_from))
    );
  `,
  `create index case_access_requests_requester on case_access_requests(requester_id, case_id);`,
  `create index case_access_requests_unit on case_access_requests(case_unit_id, status, requested_at desc);`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('irreversible');
}
