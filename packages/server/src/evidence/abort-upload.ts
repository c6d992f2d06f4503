import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { removeStaging } from './upload-files.js';
import { loadUploadRow, presentUpload } from './upload-query.js';

/** Cancels an open upload and removes its staged bytes. */
export async function abortUpload(deps: AppDeps, ctx: RequestContext, id: string) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await loadUploadRow(trx, id, actor, { forUpdate: true });
    if (before.status !== 'open') throw new AppError('UPLOAD_NOT_OPEN', { status: before.status });
    await trx
      .updateTable('evidence_uploads')
      .set({ status: 'aborted', updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'evidence.upload-aborted',
      targetType: 'evidence_upload',
      targetId: id,
      changes: { status: { before: 'open', after: 'aborted' } },
    });
    return { ...before, status: 'aborted' as const };
  });
  await removeStaging(deps.config, id);
  return { upload: presentUpload(row), evidence: null };
}
