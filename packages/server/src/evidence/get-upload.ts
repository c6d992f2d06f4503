import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { activeLinks, loadEvidenceRow, presentEvidence } from './evidence-query.js';
import { loadUploadRow, presentUpload } from './upload-query.js';

/** Where an upload stands: the offset to resume from (after a dropped connection or a server restart). */
export async function getUpload(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  const row = await loadUploadRow(deps.db, id, ctx.actor);
  if (!row.evidence_id) return { upload: presentUpload(row), evidence: null };
  const item = await loadEvidenceRow(deps.db, row.evidence_id, null);
  const links = await activeLinks(deps.db, [item.id]);
  return { upload: presentUpload(row), evidence: presentEvidence(item, links.get(item.id)) };
}
