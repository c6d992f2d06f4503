import { Readable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import { blobStoreFor } from '../src/storage/open-blob-store.js';
import type { TestApp } from './support/test-app.js';

/** Copies every blob the template's records name from the default store into the test app's own store. */
export async function seedDemoEvidenceBlobs(t: TestApp): Promise<void> {
  const from = blobStoreFor(loadConfig({}));
  const to = blobStoreFor(t.deps.config);
  const keys = new Set<string>();
  for (const r of await t.deps.db.selectFrom('evidence_items').select('blob_key').execute())
    keys.add(r.blob_key);
  for (const r of await t.deps.db
    .selectFrom('bureau_rules')
    .select('attachment_key')
    .where('attachment_key', 'is not', null)
    .execute())
    keys.add(r.attachment_key!);
  for (const r of await t.deps.db.selectFrom('case_documents').select(['pdf_key', 'docx_key']).execute()) {
    if (r.pdf_key) keys.add(r.pdf_key);
    if (r.docx_key) keys.add(r.docx_key);
  }
  for (const r of await t.deps.db.selectFrom('import_jobs').select('workbook_key').execute())
    keys.add(r.workbook_key);
  for (const key of keys) if (await from.has(key)) await to.put(Readable.from(await from.get(key)));
}
