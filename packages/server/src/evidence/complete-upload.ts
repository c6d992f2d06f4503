import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import type { UploadMetadata } from './create-upload.js';
import { recordCustody } from './custody.js';
import { activeLinks, loadEvidenceRow, presentEvidence } from './evidence-query.js';
import { removeStaging, stagingPath } from './upload-files.js';
import { loadUploadRow, presentUpload } from './upload-query.js';

/**
 * The last byte is in: the staging file streams into the blob store, which computes SM3 and SHA-256 on the
 * way and stores it under a temporary name before renaming it to its content address. Then, in one
 * transaction: the evidence item (late if uploaded more than the configured window after capture — R-04,
 * R-06), its link to the case and stage, its custody events and audit events, and the upload marked done.
 * The same content already linked to the same case is refused as a duplicate; elsewhere it is recorded with
 * a pointer to the first item that had it.
 */
export async function completeUpload(deps: AppDeps, ctx: RequestContext, uploadId: string) {
  const actor = ctx.actor!;
  const file = stagingPath(deps.config, uploadId);
  const first = await loadUploadRow(deps.db, uploadId, actor);
  const total = Number(first.total_size);
  const blob = await blobStoreFor(deps.config).put(createReadStream(file), { maxBytes: total });
  if (blob.size !== total) throw new AppError('UPLOAD_OFFSET_MISMATCH', { offset: blob.size, size: total });
  const meta = first.metadata as unknown as UploadMetadata;

  if (meta.caseId) {
    const dup = await deps.db
      .selectFrom('evidence_items as e')
      .innerJoin('evidence_links as l', 'l.evidence_id', 'e.id')
      .select('e.id')
      .where('e.sha256', '=', blob.sha256)
      .where('l.case_id', '=', meta.caseId)
      .where('l.unlinked_at', 'is', null)
      .executeTakeFirst();
    if (dup) {
      await deps.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('evidence_uploads')
          .set({ status: 'aborted', updated_at: new Date() })
          .where('id', '=', uploadId)
          .where('status', '=', 'open')
          .execute();
        await appendAuditEvent(trx, ctx, {
          operation: 'evidence.upload-aborted',
          targetType: 'evidence_upload',
          targetId: uploadId,
          reason: `duplicate of ${dup.id}`,
        });
      });
      await removeStaging(deps.config, uploadId);
      throw new AppError('EVIDENCE_DUPLICATE', { existingId: dup.id, sha256: blob.sha256 });
    }
  }

  const evidenceId = await deps.db.transaction().execute(async (trx) => {
    const row = await loadUploadRow(trx, uploadId, actor, { forUpdate: true });
    if (row.status === 'completed' && row.evidence_id) return row.evidence_id;
    if (row.status !== 'open') throw new AppError('UPLOAD_NOT_OPEN', { status: row.status });
    const earlier = await trx
      .selectFrom('evidence_items')
      .select('id')
      .where('sha256', '=', blob.sha256)
      .orderBy('uploaded_at')
      .limit(1)
      .executeTakeFirst();
    const uploadedAt = new Date();
    const windowHours = deps.config.evidence.lateUploadHours;
    const late = uploadedAt.getTime() - new Date(meta.capturedAt).getTime() > windowHours * 3600_000;
    const id = randomUUID();
    await trx
      .insertInto('evidence_items')
      .values({
        id,
        kind: meta.kind,
        title: meta.title,
        file_name: row.file_name,
        content_type: row.content_type,
        size: blob.size,
        sha256: blob.sha256,
        sm3: blob.sm3,
        blob_key: blob.key,
        captured_at: meta.capturedAt,
        place: meta.place,
        gps_lat: meta.gps?.lat ?? null,
        gps_lng: meta.gps?.lng ?? null,
        device_id: meta.deviceId,
        officer_person_id: meta.officerPersonId,
        uploaded_by: actor.userId,
        uploaded_at: uploadedAt,
        unit_id: meta.unitId,
        late,
        late_window_hours: windowHours,
        duplicate_of: earlier?.id ?? null,
        note: meta.note,
      })
      .execute();
    await recordCustody(trx, ctx, id, 'ingested', {
      caseId: meta.caseId,
      stage: meta.stage,
      detail: { size: blob.size, sha256: blob.sha256, sm3: blob.sm3, late, duplicateOf: earlier?.id ?? null },
    });
    if (meta.caseId && meta.stage) {
      await trx
        .insertInto('evidence_links')
        .values({
          id: randomUUID(),
          evidence_id: id,
          case_id: meta.caseId,
          stage: meta.stage,
          linked_by: actor.userId,
        })
        .execute();
      await recordCustody(trx, ctx, id, 'linked', { caseId: meta.caseId, stage: meta.stage });
    }
    await trx
      .updateTable('evidence_uploads')
      .set({ status: 'completed', evidence_id: id, received: total, updated_at: new Date() })
      .where('id', '=', uploadId)
      .execute();
    return id;
  });
  await removeStaging(deps.config, uploadId);
  const upload = await loadUploadRow(deps.db, uploadId, actor);
  const item = await loadEvidenceRow(deps.db, evidenceId, null);
  const links = await activeLinks(deps.db, [evidenceId]);
  return { upload: presentUpload(upload), evidence: presentEvidence(item, links.get(evidenceId)) };
}
