import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';
import {
  activeLinks,
  type EvidenceRow,
  evidenceBaseQuery,
  evidenceInUnits,
  presentEvidence,
} from './evidence-query.js';
import type { ListEvidenceQuery } from './schemas.js';

/** Evidence search within the caller's data scope, newest capture first (the console's list and search page). */
export async function listEvidence(deps: AppDeps, ctx: RequestContext, query: ListEvidenceQuery) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const units = await visibleUnitIds(deps.db, actor);
  let q = evidenceBaseQuery(deps.db);
  if (units) q = q.where(evidenceInUnits(units));
  if (query.kind) q = q.where('evidence_items.kind', '=', query.kind);
  if (query.deviceId) q = q.where('evidence_items.device_id', '=', query.deviceId);
  if (query.officerPersonId) q = q.where('evidence_items.officer_person_id', '=', query.officerPersonId);
  if (query.late !== undefined) q = q.where('evidence_items.late', '=', query.late);
  if (query.capturedFrom)
    q = q.where('evidence_items.captured_at', '>=', new Date(`${query.capturedFrom}T00:00:00+08:00`));
  if (query.capturedTo)
    q = q.where(
      'evidence_items.captured_at',
      '<',
      new Date(new Date(`${query.capturedTo}T00:00:00+08:00`).getTime() + 86_400_000),
    );
  if (query.caseId || query.stage) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('evidence_links as fl')
          .select(sql`1`.as('one'))
          .whereRef('fl.evidence_id', '=', 'evidence_items.id')
          .where('fl.unlinked_at', 'is', null)
          .$if(Boolean(query.caseId), (s) => s.where('fl.case_id', '=', query.caseId!))
          .$if(Boolean(query.stage), (s) => s.where('fl.stage', '=', query.stage!)),
      ),
    );
  }
  if (query.q) {
    const text = query.q;
    if (/^[0-9a-f]{8,64}$/i.test(text)) {
      const prefix = `${text.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([eb('evidence_items.sha256', 'like', prefix), eb('evidence_items.sm3', 'like', prefix)]),
      );
    } else {
      const pattern = containsPattern(text);
      q = q.where((eb) =>
        eb.or([
          eb('evidence_items.title', 'ilike', pattern),
          eb('evidence_items.file_name', 'ilike', pattern),
          eb('evidence_items.place', 'ilike', pattern),
        ]),
      );
    }
  }
  const count = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = (await q
    .orderBy('evidence_items.captured_at', 'desc')
    .orderBy('evidence_items.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute()) as unknown as EvidenceRow[];
  const links = await activeLinks(
    deps.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentEvidence(r, links.get(r.id))),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
