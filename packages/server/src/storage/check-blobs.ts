import { sql } from 'kysely';
import type { Tx } from '../context.js';
import type { BlobStore } from './blob-store.js';
import { digestStream } from './digest-meter.js';

// Integrity of the blob store (R-01, R-06; DESIGN "Integrity"): every blob a record points to is there and
// still has the digests recorded when it was stored, and the store holds nothing no record points to.

/** Where records name blobs: table, key column, and the digest and size columns recorded with it. */
export interface BlobReference {
  table: string;
  idColumn: string;
  key: string;
  sha256: string;
  sm3: string;
  size: string;
}

/**
 * Every column pair that names a blob. A feature that stores blobs adds its columns here, so the integrity
 * job and `sanxiang verify` check them too.
 */
export const BLOB_REFERENCES: BlobReference[] = [
  {
    table: 'bureau_rules',
    idColumn: 'id',
    key: 'attachment_key',
    sha256: 'attachment_sha256',
    sm3: 'attachment_sm3',
    size: 'attachment_size',
  },
  {
    table: 'import_jobs',
    idColumn: 'id',
    key: 'workbook_key',
    sha256: 'workbook_sha256',
    sm3: 'workbook_sm3',
    size: 'workbook_size',
  },
  {
    table: 'case_documents',
    idColumn: 'id',
    key: 'pdf_key',
    sha256: 'pdf_sha256',
    sm3: 'pdf_sm3',
    size: 'pdf_size',
  },
  {
    table: 'case_documents',
    idColumn: 'id',
    key: 'docx_key',
    sha256: 'docx_sha256',
    sm3: 'docx_sm3',
    size: 'docx_size',
  },
  { table: 'evidence_items', idColumn: 'id', key: 'blob_key', sha256: 'sha256', sm3: 'sm3', size: 'size' },
];

export interface BlobRecordRef {
  table: string;
  id: string;
}

export interface BlobCheckReport {
  /** Distinct blobs the records name. */
  checked: number;
  /** Named by a record, absent from the store. */
  missing: { key: string; refs: BlobRecordRef[] }[];
  /** Present, but the bytes no longer hash to what was recorded (or the size differs). */
  corrupted: {
    key: string;
    refs: BlobRecordRef[];
    expected: { size: number; sha256: string; sm3: string };
    actual: { size: number; sha256: string; sm3: string };
  }[];
  /** In the store, named by no record. */
  orphaned: { key: string; size: number }[];
}

interface Expected {
  size: number;
  sha256: string;
  sm3: string;
  refs: BlobRecordRef[];
}

/**
 * Re-hashes every referenced blob (streamed, one at a time) against both recorded digests, and lists the
 * store for blobs no record names. Read-only; `sanxiang verify` and the scheduled integrity job call it.
 * `onProgress` is told after each blob.
 */
export async function checkAllBlobs(
  db: Tx,
  store: BlobStore,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<BlobCheckReport> {
  const expected = new Map<string, Expected>();
  for (const ref of BLOB_REFERENCES) {
    const exists = await sql<{ present: boolean }>`
      select exists (select 1 from information_schema.columns
        where table_name = ${ref.table} and column_name = ${ref.key}) as present`.execute(db);
    if (!exists.rows[0]?.present) continue;
    const rows = await sql<{ id: string; key: string; sha256: string; sm3: string; size: string | number }>`
      select ${sql.ref(ref.idColumn)} as id, ${sql.ref(ref.key)} as key, ${sql.ref(ref.sha256)} as sha256,
             ${sql.ref(ref.sm3)} as sm3, ${sql.ref(ref.size)} as size
      from ${sql.table(ref.table)} where ${sql.ref(ref.key)} is not null`.execute(db);
    for (const row of rows.rows) {
      const entry = expected.get(row.key) ?? {
        size: Number(row.size),
        sha256: row.sha256,
        sm3: row.sm3,
        refs: [],
      };
      entry.refs.push({ table: ref.table, id: row.id });
      expected.set(row.key, entry);
    }
  }

  const report: BlobCheckReport = { checked: expected.size, missing: [], corrupted: [], orphaned: [] };
  let done = 0;
  for (const [key, want] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
    const stat = await store.stat(key);
    if (!stat) report.missing.push({ key, refs: want.refs });
    else {
      const actual = await digestStream(await store.get(key));
      if (actual.size !== want.size || actual.sha256 !== want.sha256 || actual.sm3 !== want.sm3)
        report.corrupted.push({
          key,
          refs: want.refs,
          expected: { size: want.size, sha256: want.sha256, sm3: want.sm3 },
          actual,
        });
    }
    options.onProgress?.(++done, expected.size);
  }
  for await (const blob of store.list()) if (!expected.has(blob.key)) report.orphaned.push(blob);
  return report;
}

/** True when nothing is missing or corrupted (orphans are reported but do not break any record). */
export function blobsIntact(report: BlobCheckReport): boolean {
  return report.missing.length === 0 && report.corrupted.length === 0;
}
