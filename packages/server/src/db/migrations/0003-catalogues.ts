import { type Kysely, sql } from 'kysely';

// The versioned catalogues (P-03 行政执法事项清单, P-04 随机抽查事项清单). A list changes only as a new
// version: draft → submitted → approved → filed. Once a version has left 'draft' its items are frozen, and
// the database itself holds that line (triggers below), not only the operations.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table catalog_versions (
      id text primary key,
      kind text not null check (kind in ('matters','inspections')),
      version_no integer not null check (version_no > 0),
      title text not null,
      note text not null default '',
      status text not null check (status in ('draft','submitted','approved','filed')),
      created_by text not null references users(id),
      created_at timestamptz not null default now(),
      submitted_at timestamptz,
      approved_by text references users(id),
      approved_at timestamptz,
      return_reason text,
      filing_number text,
      filing_date date,
      filing_document_name text,
      filing_document_sha256 text,
      -- The filing receipt itself (≤ 20 MB, checked by the operation). Moves to the blob store when it exists.
      filing_document bytea,
      filed_at timestamptz,
      unique (kind, version_no),
      check (octet_length(filing_document) <= 20 * 1024 * 1024),
      check (status in ('draft','submitted') or (approved_by is not null and approved_at is not null)),
      check (status <> 'filed' or (
        filing_number is not null and filing_date is not null and filing_document is not null
        and filing_document_name is not null and filing_document_sha256 is not null and filed_at is not null
      ))
    );
  `,
  `
    -- At most one open (draft, submitted or approved) version per kind.
    create unique index catalog_versions_one_open on catalog_versions(kind)
      where status in ('draft','submitted','approved');
  `,
  `
    -- A filing number names one filing with the judicial bureau.
    create unique index catalog_versions_filing_number on catalog_versions(filing_number)
      where filing_number is not null;
  `,
  `
    create table matter_items (
      version_id text not null references catalog_versions(id),
      code text not null,
      name text not null,
      category text not null
        check (category in ('行政处罚','行政强制','行政检查','行政许可','行政征收','行政确认','其他')),
      acting_body text not null,
      duties text not null,
      authority text not null,
      bases jsonb not null check (jsonb_typeof(bases) = 'array' and jsonb_array_length(bases) > 0),
      penalty_kinds jsonb not null default '[]' check (jsonb_typeof(penalty_kinds) = 'array'),
      discretion jsonb not null default '[]' check (jsonb_typeof(discretion) = 'array'),
      hearing_applicable boolean not null,
      procedure text not null check (procedure in ('simple','general','seizure','demolition','inspection')),
      remedies text not null,
      responsible_unit_id text not null references units(id),
      guide jsonb not null check (jsonb_typeof(guide) = 'object'),
      primary key (version_id, code)
    );
  `,
  `
    -- Substring search on names (pg_trgm comes with 0002); as there, PGlite's C locale leaves CJK out of
    -- the trigrams, so results never depend on this index.
    create index matter_items_name_trgm on matter_items using gin (name gin_trgm_ops);
  `,
  `
    create table inspection_items (
      version_id text not null references catalog_versions(id),
      code text not null,
      subject text not null,
      basis text not null,
      bases jsonb not null check (jsonb_typeof(bases) = 'array'),
      object text not null,
      content text not null,
      ratio numeric(5,2) not null check (ratio > 0 and ratio <= 100),
      method text not null,
      frequency text not null,
      primary key (version_id, code)
    );
  `,
  `
    -- Items of a version that has left 'draft' can be neither added, changed nor removed, whoever asks.
    create function catalog_items_frozen() returns trigger language plpgsql as $fn$
    declare
      v_status text;
    begin
      if tg_op in ('UPDATE','DELETE') then
        select status into v_status from catalog_versions where id = old.version_id;
        if v_status is distinct from 'draft' then
          raise exception 'catalog version % is %: its items cannot change', old.version_id, v_status
            using errcode = 'P0001', hint = 'CATALOG_VERSION_LOCKED';
        end if;
      end if;
      if tg_op in ('INSERT','UPDATE') then
        select status into v_status from catalog_versions where id = new.version_id;
        if v_status is distinct from 'draft' then
          raise exception 'catalog version % is %: its items cannot change', new.version_id, v_status
            using errcode = 'P0001', hint = 'CATALOG_VERSION_LOCKED';
        end if;
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end
    $fn$;
  `,
  `
    create trigger matter_items_frozen before insert or update or delete on matter_items
      for each row execute function catalog_items_frozen();
  `,
  `
    create trigger inspection_items_frozen before insert or update or delete on inspection_items
      for each row execute function catalog_items_frozen();
  `,
  `
    -- A filed version is a record of what was filed: the row itself never changes or goes away either,
    -- and no version that has left 'draft' can be deleted.
    create function catalog_versions_frozen() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'DELETE' and old.status <> 'draft' then
        raise exception 'catalog version % is %: it cannot be deleted', old.id, old.status
          using errcode = 'P0001', hint = 'CATALOG_VERSION_LOCKED';
      end if;
      if tg_op = 'UPDATE' and (old.status = 'filed' or new.kind <> old.kind
          or new.version_no <> old.version_no or new.created_by <> old.created_by) then
        raise exception 'catalog version % is %: it cannot change', old.id, old.status
          using errcode = 'P0001', hint = 'CATALOG_VERSION_LOCKED';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end
    $fn$;
  `,
  `
    create trigger catalog_versions_frozen before update or delete on catalog_versions
      for each row execute function catalog_versions_frozen();
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: filed catalogues are records.
  throw new Error('irreversible');
}
