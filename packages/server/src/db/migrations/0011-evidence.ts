import { type Kysely, sql } from 'kysely';

// Whole-process recording: the recording devices and who holds them, the evidence items
// (photos, audio, footage, documents) with their digests and capture metadata, their links to cases and
// stages, the resumable upload sessions, and the chain of custody. The bytes live in the blob store
// (storage/); rows here name them by key and keep both digests so anyone can re-check them.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    -- R-04: body cameras (执法记录仪) and handheld terminals (手持执法终端).
    create table devices (
      id text primary key,
      kind text not null check (kind in ('body-camera','handheld-terminal')),
      serial text not null unique,
      model text not null,
      unit_id text not null references units(id),
      status text not null default 'in-store' check (status in ('in-store','checked-out','retired')),
      -- The person holding it now (while checked out).
      holder_person_id text references people(id),
      note text not null default '',
      registered_by text references users(id),
      registered_at timestamptz not null default now(),
      check ((status = 'checked-out') = (holder_person_id is not null))
    );
  `,
  `create index devices_unit on devices(unit_id, kind);`,
  `
    create table device_checkouts (
      id text primary key,
      device_id text not null references devices(id),
      person_id text not null references people(id),
      checked_out_at timestamptz not null,
      checked_out_by text references users(id),
      returned_at timestamptz,
      returned_by text references users(id),
      note text not null default '',
      check (returned_at is null or returned_at >= checked_out_at)
    );
  `,
  // At most one open check-out per device.
  `create unique index device_checkouts_open on device_checkouts(device_id) where returned_at is null;`,
  `create index device_checkouts_device on device_checkouts(device_id, checked_out_at desc);`,
  `
    create table evidence_items (
      id text primary key,
      kind text not null check (kind in ('photo','audio','video','document')),
      title text not null,
      file_name text not null,
      content_type text not null,
      size bigint not null check (size >= 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      sm3 text not null check (sm3 ~ '^[0-9a-f]{64}$'),
      blob_key text not null,
      captured_at timestamptz not null,
      place text not null,
      gps_lat double precision check (gps_lat between -90 and 90),
      gps_lng double precision check (gps_lng between -180 and 180),
      device_id text references devices(id),
      -- The officer who made the record (a person), and the account that uploaded it.
      officer_person_id text not null references people(id),
      uploaded_by text references users(id),
      uploaded_at timestamptz not null default now(),
      -- The unit whose record it is: data scope (the case's unit when uploaded to a case).
      unit_id text not null references units(id),
      -- R-06: uploaded later than the window after capture (the window in force is kept with the flag).
      late boolean not null default false,
      late_window_hours integer not null,
      -- The first item with the same content, if any (duplicates are found by hash).
      duplicate_of text references evidence_items(id),
      note text not null default '',
      check ((gps_lat is null) = (gps_lng is null))
    );
  `,
  `create index evidence_items_sha256 on evidence_items(sha256);`,
  `create index evidence_items_unit on evidence_items(unit_id, captured_at desc);`,
  `create index evidence_items_device on evidence_items(device_id, captured_at desc);`,
  `
    -- Which case and stage an item belongs to. Unlinking keeps the row (the history is evidence too).
    create table evidence_links (
      id text primary key,
      evidence_id text not null references evidence_items(id),
      case_id text not null references cases(id),
      stage text not null,
      linked_by text references users(id),
      linked_at timestamptz not null default now(),
      unlinked_by text references users(id),
      unlinked_at timestamptz,
      unlink_reason text,
      check ((unlinked_at is null) = (unlink_reason is null))
    );
  `,
  `create unique index evidence_links_active on evidence_links(evidence_id, case_id) where unlinked_at is null;`,
  `create index evidence_links_case on evidence_links(case_id, stage) where unlinked_at is null;`,
  `
    -- Resumable uploads: the bytes received so far sit in a staging file under the data directory; the
    -- offset here is what the server has made durable, so a client (or a restarted server) resumes from it.
    create table evidence_uploads (
      id text primary key,
      status text not null check (status in ('open','completed','aborted')),
      total_size bigint not null check (total_size >= 0),
      received bigint not null default 0 check (received >= 0 and received <= total_size),
      -- The item's metadata as given when the upload was created (kind, capturedAt, place, case …).
      metadata jsonb not null check (jsonb_typeof(metadata) = 'object'),
      file_name text not null,
      content_type text not null,
      unit_id text not null references units(id),
      created_by text not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      evidence_id text references evidence_items(id),
      check ((status = 'completed') = (evidence_id is not null))
    );
  `,
  `create index evidence_uploads_owner on evidence_uploads(created_by, status);`,
  `
    -- R-06 chain of custody: every ingest, view, playback, download, export, link and unlink. Append-only.
    create table custody_events (
      seq bigserial primary key,
      id text not null unique,
      evidence_id text not null references evidence_items(id),
      action text not null
        check (action in ('ingested','viewed','played','downloaded','exported','linked','unlinked')),
      case_id text references cases(id),
      stage text,
      actor_user_id text references users(id),
      actor_name text,
      actor_unit_id text,
      ip text not null default '',
      at timestamptz not null default now(),
      detail jsonb not null default '{}' check (jsonb_typeof(detail) = 'object')
    );
  `,
  `create index custody_events_evidence on custody_events(evidence_id, seq);`,
  `
    create function custody_events_immutable() returns trigger language plpgsql as $fn$
    begin
      raise exception 'custody_events is append-only: % is not allowed', tg_op
        using errcode = 'P0001', hint = 'CUSTODY_IMMUTABLE';
    end
    $fn$;
  `,
  `
    create trigger custody_events_no_update before update or delete on custody_events
      for each row execute function custody_events_immutable();
  `,
  `
    create trigger custody_events_no_truncate before truncate on custody_events
      for each statement execute function custody_events_immutable();
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: custody records are evidence.
  throw new Error('irreversible');
}
