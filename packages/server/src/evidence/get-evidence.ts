import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { recordCustody } from './custody.js';
import { activeLinks, loadEvidenceRow, presentEvidence } from './evidence-query.js';

/** One item's record. Viewing it is a custody event and an audit event. */
export async function getEvidence(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  const row = await loadEvidenceRow(deps.db, id, ctx.actor);
  await deps.db.transaction().execute((trx) => recordCustody(trx, ctx, id, 'viewed'));
  const links = await activeLinks(deps.db, [id]);
  return { evidence: presentEvidence(row, links.get(id)) };
}
