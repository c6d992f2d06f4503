import { type Kysely, sql } from 'kysely';

// The law library (Catalogues item 1): statutes and their articles, loaded at every start from the texts
// the product ships (laws/load-law-library.ts). Every legal basis elsewhere names a row of law_articles.
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    -- Trigram index support for substring search; PostgreSQL ships it in contrib, PGlite loads it
    -- (open-database.ts). A trusted extension since PostgreSQL 13: the database owner may create it.
    create extension if not exists pg_trgm;
  `,
  `
    create table laws (
      id text primary key,            -- the file's slug: 'administrative-penalty-law-2021'
      title text not null,
      version_notes jsonb not null,   -- adoption and amendments, one string a line
      effective_date date,            -- best effort from the notes; null when they name no date
      source_hash text not null,      -- the loaded text (and parser) it came from; unchanged means skip
      article_count integer not null,
      loaded_at timestamptz not null default now()
    );
  `,
  `
    create table law_articles (
      law_id text not null references laws(id),
      number integer not null check (number > 0),
      -- '' or '之一', '之二'… for an article an amendment inserted (第十条之一); see core/law.
      suffix text not null default '',
      -- Order within the law: suffixes do not sort as text (之四 > 之十 by code point).
      position integer not null,
      label text not null,
      chapter text,                   -- '第五章 行政处罚的决定 · 第四节 听证程序', null before any heading
      text text not null,
      -- Word search: the text cut into words by Intl.Segmenter, to_tsvector('simple', …).
      search tsvector not null,
      primary key (law_id, number, suffix)
    );
  `,
  `
    create index law_articles_search on law_articles using gin (search);
  `,
  `
    -- Substring search (ILIKE '%…%'): only an accelerator. The ILIKE itself decides what matches, never
    -- similarity(), whose handling of CJK depends on the locale pg_trgm runs under.
    create index law_articles_text_trgm on law_articles using gin (text gin_trgm_ops);
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  // Migrations only go forward: legal bases recorded elsewhere point into these tables.
  throw new Error('irreversible');
}
