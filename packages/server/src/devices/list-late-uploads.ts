import type { Selectable } from 'kysely';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import type { EvidenceItemTable } from '../db/schema-evidence.js';
import { AppError } from '../errors/app-error.js';
import { evidenceInUnits } from '../evidence/evidence-query.js';
import { visibleUnitIds } from '../people/scope.js';

/**
 * footage and other records uploaded later than the configured window after capture (default
 * 24 hours, SANXIANG_LATE_UPLOAD_HOURS). The flag is fixed at upload with the window then in force.
 */
export async function listLateUploads(
  deps: AppDeps,
  ctx: RequestContext,
  query: { page: number; pageSize: number; deviceId?: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const units = await visibleUnitIds(deps.db, actor);
  let q = lateQuery(deps.db);
  if (units) q = q.where(evidenceInUnits(units));
  if (query.deviceId) q = q.where('evidence_items.device_id', '=', query.deviceId);
  const count = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('evidence_items.uploaded_at', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(presentLate),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
    windowHours: deps.config.evidence.lateUploadHours,
  };
}

export function lateQuery(db: Tx) {
  return db
    .selectFrom('evidence_items')
    .leftJoin('people as p', 'p.id', 'evidence_items.officer_person_id')
    .leftJoin('devices as d', 'd.id', 'evidence_items.device_id')
    .selectAll('evidence_items')
    .select(['p.name as officer_name', 'd.serial as device_serial'])
    .where('evidence_items.late', '=', true);
}

export function presentLate(
  r: Selectable<EvidenceItemTable> & { officer_name: string | null; device_serial: string | null },
) {
  const captured = new Date(r.captured_at);
  const uploaded = new Date(r.uploaded_at);
  return {
    evidenceId: r.id,
    title: r.title,
    kind: r.kind,
    capturedAt: captured.toISOString(),
    uploadedAt: uploaded.toISOString(),
    delayHours: Math.round((uploaded.getTime() - captured.getTime()) / 360_000) / 10,
    windowHours: r.late_window_hours,
    officer: { id: r.officer_person_id, name: r.officer_name ?? '' },
    device: r.device_id ? { id: r.device_id, serial: r.device_serial ?? '' } : null,
  };
}
