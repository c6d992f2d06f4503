import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { blobStoreFor } from '../src/storage/open-blob-store.js';
import type { TestApp } from './support/test-app.js';

/**
 * Puts bytes in the blob store and links them to a case at a stage as an evidence item, as the evidence
 * part's upload + link would (its API is tested there): setup for the recording rules and the case file.
 */
export async function linkEvidence(
  t: TestApp,
  caseId: string,
  stage: string,
  kind: 'photo' | 'audio' | 'video' | 'document',
  bytes: Buffer = Buffer.from(`${kind} ${randomUUID()}`),
  fileName = `${kind}-${stage}.${kind === 'video' ? 'mp4' : kind === 'photo' ? 'jpg' : kind === 'audio' ? 'm4a' : 'pdf'}`,
) {
  const db = t.deps.db;
  const blob = await blobStoreFor(t.deps.config).put(Readable.from([bytes]));
  const c = await db.selectFrom('cases').select('unit_id').where('id', '=', caseId).executeTakeFirstOrThrow();
  const officer = await db
    .selectFrom('people')
    .select('id')
    .where('unit_id', '=', c.unit_id)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await db
    .insertInto('evidence_items')
    .values({
      id,
      kind,
      title: `${kind === 'video' ? '执法记录仪视频' : kind === 'photo' ? '现场照片' : '录音'}（${stage}）`,
      file_name: fileName,
      content_type: kind === 'video' ? 'video/mp4' : 'application/octet-stream',
      size: blob.size,
      sha256: blob.sha256,
      sm3: blob.sm3,
      blob_key: blob.key,
      captured_at: new Date(),
      place: '如皋市如城街道福寿路8号',
      officer_person_id: officer.id,
      unit_id: c.unit_id,
      late: false,
      late_window_hours: 24,
    })
    .execute();
  await db
    .insertInto('evidence_links')
    .values({ id: randomUUID(), evidence_id: id, case_id: caseId, stage })
    .execute();
  return { id, ...blob };
}
