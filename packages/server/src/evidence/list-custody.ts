import type { AppDeps, RequestContext, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadEvidenceRow } from './evidence-query.js';

/** The custody trail of one item, oldest first (reading the trail is itself not a custody event). */
export async function listCustody(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  await loadEvidenceRow(deps.db, id, ctx.actor);
  return { events: await custodyTrail(deps.db, id) };
}

export async function custodyTrail(db: Tx, evidenceId: string) {
  const rows = await db
    .selectFrom('custody_events')
    .selectAll()
    .where('evidence_id', '=', evidenceId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    action: r.action,
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    actorUnitId: r.actor_unit_id,
    ip: r.ip,
    caseId: r.case_id,
    stage: r.stage,
    detail: r.detail ?? {},
  }));
}
