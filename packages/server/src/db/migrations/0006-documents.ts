import { type Kysely, sql } from 'kysely';

// The standard document set of a case (documents/): official numbers, one sequence per organ, kind and
// year taken with a row lock inside the issuing transaction (no gap, no reuse); and the documents, drafted
// from the case, then issued: numbered, rendered to PDF and Word, stored in the blob store with their
// SHA-256 and SM3, and frozen. A mistake in an issued document is corrected by voiding it with a reason and
// issuing a new one; the voided one keeps its number and its files.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table document_sequences (
      -- 机关简称 (皋城管): the prefix of the number.
      organ text not null,
      kind text not null,
      year integer not null check (year between 2000 and 2999),
      next integer not null check (next > 0),
      primary key (organ, kind, year)
    );
  `,
  `
    create table case_documents (
      id text primary key,
      case_id text not null references cases(id),
      kind text not null,
      status text not null check (status in ('draft','issued')),
      title text not null,
      -- The structured document (documents/document-model.ts): what the template filled from the case.
      content jsonb not null check (jsonb_typeof(content) = 'object'),
      -- What the officer added to the case data when drafting (the record's account, seized items…).
      input jsonb not null default '{}' check (jsonb_typeof(input) = 'object'),
      number text unique,
      year integer,
      serial integer check (serial > 0),
      pdf_key text,
      pdf_size integer check (pdf_size > 0),
      pdf_sha256 text,
      pdf_sm3 text,
      docx_key text,
      docx_size integer check (docx_size > 0),
      docx_sha256 text,
      docx_sm3 text,
      drafted_by text references users(id),
      drafted_at timestamptz not null default now(),
      issued_by text references users(id),
      issued_at timestamptz,
      -- The date printed on the document (China time).
      issued_on date,
      voided_by text references users(id),
      voided_at timestamptz,
      void_reason text,
      -- The document issued in place of a voided one.
      replaced_by text references case_documents(id),
      replaces text references case_documents(id),
      check ((status = 'issued') = (issued_at is not null)),
      check (status = 'draft' or (issued_on is not null and pdf_key is not null and pdf_sha256 is not null
        and pdf_sm3 is not null and docx_key is not null and docx_sha256 is not null and docx_sm3 is not null)),
      check ((number is null) = (serial is null)),
      check (voided_at is null or (status = 'issued' and void_reason is not null)),
      unique (kind, year, serial)
    );
  `,
  `create index case_documents_case on case_documents(case_id, drafted_at);`,
  `
    -- An issued document is a record: its content, number and files never change and it never goes away.
    -- The only change left is voiding it once (with a reason) and pointing at its replacement.
    create function case_documents_frozen() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'DELETE' then
        if old.status = 'issued' then
          raise exception 'document % is issued: it cannot be deleted', old.id
            using errcode = 'P0001', hint = 'DOCUMENT_FROZEN';
        end if;
        return old;
      end if;
      if old.status = 'issued' and (
          new.status is distinct from old.status or new.content is distinct from old.content
          or new.input is distinct from old.input or new.kind is distinct from old.kind
          or new.case_id is distinct from old.case_id or new.title is distinct from old.title
          or new.number is distinct from old.number or new.serial is distinct from old.serial
          or new.year is distinct from old.year
          or new.pdf_key is distinct from old.pdf_key or new.pdf_sha256 is distinct from old.pdf_sha256
          or new.pdf_sm3 is distinct from old.pdf_sm3 or new.pdf_size is distinct from old.pdf_size
          or new.docx_key is distinct from old.docx_key or new.docx_sha256 is distinct from old.docx_sha256
          or new.docx_sm3 is distinct from old.docx_sm3 or new.docx_size is distinct from old.docx_size
          or new.issued_by is distinct from old.issued_by or new.issued_at is distinct from old.issued_at
          or new.issued_on is distinct from old.issued_on or new.replaces is distinct from old.replaces
          or new.drafted_by is distinct from old.drafted_by or new.drafted_at is distinct from old.drafted_at
          or (old.voided_at is not null and (new.voided_at is distinct from old.voided_at
            or new.void_reason is distinct from old.void_reason or new.voided_by is distinct from old.voided_by))
          or (old.replaced_by is not null and new.replaced_by is distinct from old.replaced_by)) then
        raise exception 'document % is issued: it cannot change', old.id
          using errcode = 'P0001', hint = 'DOCUMENT_FROZEN';
      end if;
      return new;
    end
    $fn$;
  `,
  `
    create trigger case_documents_frozen before update or delete on case_documents
      for each row execute function case_documents_frozen();
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: issued documents are records.
  throw new Error('irreversible');
}
