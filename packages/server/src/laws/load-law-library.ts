import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findNumberingIssues,
  type LawDocument,
  type NumberingIssue,
  parseLawMarkdown,
  segmentChinese,
} from '@sanxiang/core';
import { type Kysely, sql } from 'kysely';
import type { Tx } from '../context.js';
import type { DB } from '../db/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * The statute texts the product ships (copied from the project's shared folder, never read from there
 * at run time). Two levels up from src/laws and from dist/laws alike.
 */
export const LAWS_DIR = path.resolve(here, '../../assets/laws');

/**
 * Bump when parsing or the search vector changes, so every law is rebuilt at the next start. The ICU
 * version joins it in the hash because the word segmenter's dictionary comes with ICU: after a Node
 * upgrade, stored words and query words must be cut by the same dictionary again.
 */
const LOADER_REVISION = 1;

// Held for each law's transaction, so two processes starting together on PostgreSQL do not both rewrite
// the same law; the second finds the hash already current and skips.
const LAW_LIBRARY_LOCK = 7_261_002;
const BATCH = 200;

export interface LawLibraryReport {
  /** Statute files found. */
  files: number;
  /** Laws written because their text (or the loader) changed; empty on an ordinary start. */
  loaded: string[];
  unchanged: number;
  /** Laws in the database whose file is gone; kept, because legal bases recorded earlier cite them. */
  retained: string[];
  /** Numbering gaps, text outside articles: loaded anyway, worth a look. */
  warnings: string[];
  ms: number;
}

function sourceHash(markdown: string): string {
  return createHash('sha256')
    .update(`sanxiang-law-library ${LOADER_REVISION} icu ${process.versions.icu ?? 'none'}\n`)
    .update(markdown)
    .digest('hex');
}

function describeIssue(slug: string, issue: NumberingIssue): string {
  switch (issue.kind) {
    case 'gap':
      return `${slug}: articles ${issue.missing.join(', ')} missing after ${issue.after}`;
    case 'out-of-order':
      return `${slug}: ${issue.label} follows ${issue.after}`;
    case 'does-not-start-at-one':
      return `${slug}: the first article is ${issue.first}`;
    case 'duplicate':
      return `${slug}: ${issue.label} appears twice`;
  }
}

function warningsFor(doc: LawDocument): string[] {
  const out = findNumberingIssues(doc.articles).map((issue) => describeIssue(doc.slug, issue));
  if (doc.unattached.length) out.push(`${doc.slug}: ${doc.unattached.length} lines outside any article`);
  return out;
}

/**
 * Reference data loaded at every start, like the calendar (Catalogues item 1). A law is (re)written only
 * when its file's hash differs from the stored one, so an ordinary start reads the files, hashes them
 * and runs one query. Articles are upserted and the ones a new text no longer has are deleted, all in
 * one transaction per law; rows are never dropped wholesale, so whatever references an article that
 * still exists keeps pointing at it.
 */
export async function loadLawLibrary(db: Kysely<DB>, dir: string = LAWS_DIR): Promise<LawLibraryReport> {
  const started = performance.now();
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  const stored = new Map(
    (await db.selectFrom('laws').select(['id', 'source_hash']).execute()).map((r) => [r.id, r.source_hash]),
  );
  const report: LawLibraryReport = {
    files: files.length,
    loaded: [],
    unchanged: 0,
    retained: [],
    warnings: [],
    ms: 0,
  };

  for (const file of files) {
    const slug = file.slice(0, -'.md'.length);
    const markdown = fs.readFileSync(path.join(dir, file), 'utf8');
    const hash = sourceHash(markdown);
    if (stored.get(slug) === hash) {
      report.unchanged++;
      continue;
    }
    const doc = parseLawMarkdown(markdown, slug);
    if (doc.articles.length === 0) throw new Error(`${file}: no article (第N条) found`);
    const issues = warningsFor(doc);
    // Two articles with one label would make a citation ambiguous: refuse the file, do not pick one.
    const duplicate = issues.find((w) => w.endsWith('appears twice'));
    if (duplicate) throw new Error(duplicate);
    report.warnings.push(...issues);
    const written = await db.transaction().execute((trx) => writeLaw(trx, doc, hash));
    if (written) report.loaded.push(slug);
    else report.unchanged++;
  }

  const present = new Set(files.map((f) => f.slice(0, -'.md'.length)));
  report.retained = [...stored.keys()].filter((id) => !present.has(id)).sort();
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** Writes one law and its articles; false when another process got there first. */
async function writeLaw(trx: Tx, doc: LawDocument, hash: string): Promise<boolean> {
  await sql`select pg_advisory_xact_lock(${LAW_LIBRARY_LOCK})`.execute(trx);
  const current = await trx
    .selectFrom('laws')
    .select('source_hash')
    .where('id', '=', doc.slug)
    .executeTakeFirst();
  if (current?.source_hash === hash) return false;

  const law = {
    title: doc.title,
    version_notes: JSON.stringify(doc.versionNotes),
    effective_date: doc.effectiveDate ?? null,
    source_hash: hash,
    article_count: doc.articles.length,
    loaded_at: new Date(),
  };
  await trx
    .insertInto('laws')
    .values({ id: doc.slug, ...law })
    .onConflict((oc) => oc.column('id').doUpdateSet(law))
    .execute();

  const rows = doc.articles.map((a, position) => ({
    law_id: doc.slug,
    number: a.number,
    suffix: a.suffix,
    position,
    label: a.label,
    chapter: a.chapter,
    text: a.text,
    search: sql<string>`to_tsvector('simple', ${segmentChinese(a.text)})`,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto('law_articles')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) =>
        oc.columns(['law_id', 'number', 'suffix']).doUpdateSet((eb) => ({
          position: eb.ref('excluded.position'),
          label: eb.ref('excluded.label'),
          chapter: eb.ref('excluded.chapter'),
          text: eb.ref('excluded.text'),
          search: eb.ref('excluded.search'),
        })),
      )
      .execute();
  }

  // Articles the new text no longer has (renumbered or repealed by an amendment).
  const keep = new Set(doc.articles.map((a) => `${a.number}${a.suffix}`));
  const existing = await trx
    .selectFrom('law_articles')
    .select(['number', 'suffix'])
    .where('law_id', '=', doc.slug)
    .execute();
  for (const gone of existing.filter((a) => !keep.has(`${a.number}${a.suffix}`))) {
    await trx
      .deleteFrom('law_articles')
      .where('law_id', '=', doc.slug)
      .where('number', '=', gone.number)
      .where('suffix', '=', gone.suffix)
      .execute();
  }
  return true;
}
