import { type Kysely, sql } from 'kysely';

// Foundation schema: units, people and their certificates, accounts and sessions, the working-day
// calendar, and the append-only audit log.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table meta (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    );
  `,
  `
    create table units (
      id text primary key,
      parent_id text references units(id),
      name text not null unique,
      short_name text not null,
      kind text not null check (kind in ('bureau','leadership','section','centre','brigade','squad','township','external')),
      duties text not null default '',
      address text not null default '',
      phone text not null default '',
      sort integer not null default 0
    );
  `,
  `
    create index units_parent on units(parent_id);
  `,
  `
    create table people (
      id text primary key,
      name text not null,
      gender text not null check (gender in ('male','female')),
      unit_id text not null references units(id),
      position text not null,
      phone text not null,
      employee_no text not null unique,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
  `,
  `
    create index people_unit on people(unit_id);
  `,
  `
    -- P-07: 执法证 register
    create table enforcement_certificates (
      id text primary key,
      person_id text not null references people(id),
      number text not null unique,
      issuer text not null,
      scope text not null,
      valid_from date not null,
      valid_to date not null,
      revoked_at timestamptz,
      revoked_reason text,
      check (valid_to >= valid_from)
    );
  `,
  `
    create index certificates_person on enforcement_certificates(person_id);
  `,
  `
    -- L-02: reviewers hold 法律职业资格
    create table legal_qualifications (
      id text primary key,
      person_id text not null references people(id),
      number text not null unique,
      kind text not null,
      issued_on date not null
    );
  `,
  `
    create index qualifications_person on legal_qualifications(person_id);
  `,
  `
    create table users (
      id text primary key,
      username text not null unique,
      display_name text not null,
      unit_id text not null references units(id),
      person_id text references people(id) unique,
      password_hash text not null,
      password_history jsonb not null default '[]',
      password_changed_at timestamptz,
      must_change_password boolean not null default true,
      failed_logins integer not null default 0 check (failed_logins >= 0),
      locked_until timestamptz,
      totp_secret text,
      totp_enabled boolean not null default false,
      disabled_at timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
  `,
  `
    create table user_roles (
      user_id text not null references users(id) on delete cascade,
      role text not null,
      primary key (user_id, role)
    );
  `,
  `
    create index user_roles_role on user_roles(role);
  `,
  `
    create table role_policies (
      role text primary key,
      totp_required boolean not null default false
    );
  `,
  `
    create table sessions (
      id text primary key,
      user_id text not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null,
      ip text not null,
      user_agent text not null
    );
  `,
  `
    create index sessions_user on sessions(user_id);
  `,
  `
    create table calendar_years (
      year integer primary key,
      covered boolean not null,
      updated_at timestamptz not null default now()
    );
  `,
  `
    create table calendar_days (
      date date primary key,
      kind text not null check (kind in ('holiday','workday')),
      name text not null,
      updated_at timestamptz not null default now()
    );
  `,
  `
    -- R-01: append-only, hash-chained log of every write, protected read and sign-in.
    create table audit_events (
      seq bigint generated always as identity primary key,
      id text not null unique,
      at timestamptz not null,
      kind text not null check (kind in ('write','read','auth')),
      operation text not null,
      outcome text not null check (outcome in ('success','failure')),
      actor_id text,
      actor_username text,
      actor_name text,
      actor_unit_id text,
      actor_unit_name text,
      ip text,
      user_agent text,
      target_type text,
      target_id text,
      changes jsonb,
      reason text,
      prev_hash text not null,
      hash text not null unique
    );
  `,
  `
    create index audit_at on audit_events(at);
  `,
  `
    create index audit_operation on audit_events(operation);
  `,
  `
    create index audit_actor on audit_events(actor_username);
  `,
  `
    create index audit_target on audit_events(target_type, target_id);
  `,
  `
    -- The database itself refuses to change or remove audit rows, whoever asks (等保: logs protected
    -- from deletion or change). Only a superuser dropping the trigger could, and that is outside the app.
    create function audit_events_immutable() returns trigger language plpgsql as $fn$
    begin
      raise exception 'audit_events is append-only: % is not allowed', tg_op
        using errcode = 'P0001', hint = 'AUDIT_IMMUTABLE';
    end
    $fn$;
  `,
  `
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_immutable();
  `,
  `
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_immutable();
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: the audit log must never be dropped by a rollback.
  throw new Error('irreversible');
}
