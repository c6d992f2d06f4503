import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Actor, Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import type { EvidenceItemTable } from '../db/schema-evidence.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';

export type EvidenceRow = Selectable<EvidenceItemTable> & {
  officer_name: string | null;
  device_serial: string | null;
  device_kind: string | null;
  unit_name: string | null;
};

/** Items of these units, or linked to a case of these units (data scope: the case's unit reads its evidence). */
export function evidenceInUnits(units: string[]) {
  return (eb: ExpressionBuilder<DB, 'evidence_items'>) =>
    eb.or([
      eb('evidence_items.unit_id', 'in', units),
      eb.exists(
        eb
          .selectFrom('evidence_links as vl')
          .innerJoin('cases as vc', 'vc.id', 'vl.case_id')
          .select(sql`1`.as('one'))
          .whereRef('vl.evidence_id', '=', 'evidence_items.id')
          .where('vl.unlinked_at', 'is', null)
          .where('vc.unit_id', 'in', units),
      ),
    ]);
}

export function evidenceBaseQuery(db: Tx) {
  return db
    .selectFrom('evidence_items')
    .leftJoin('people as op', 'op.id', 'evidence_items.officer_person_id')
    .leftJoin('devices as dv', 'dv.id', 'evidence_items.device_id')
    .leftJoin('units as un', 'un.id', 'evidence_items.unit_id')
    .selectAll('evidence_items')
    .select([
      'op.name as officer_name',
      'dv.serial as device_serial',
      'dv.kind as device_kind',
      'un.name as unit_name',
    ]);
}

/** One item for an actor in scope; NOT_FOUND outside it (scope does not reveal what exists). */
export async function loadEvidenceRow(db: Tx, id: string, actor: Actor | null): Promise<EvidenceRow> {
  let q = evidenceBaseQuery(db).where('evidence_items.id', '=', id);
  if (actor) {
    const units = await visibleUnitIds(db, actor);
    if (units) q = q.where(evidenceInUnits(units));
  }
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row as unknown as EvidenceRow;
}

export interface ActiveLink {
  id: string;
  case_id: string;
  stage: string;
  linked_at: Date;
  case_no: string | null;
  source_no: string;
  procedure: string;
}

export async function activeLinks(db: Tx, evidenceIds: string[]): Promise<Map<string, ActiveLink[]>> {
  const out = new Map<string, ActiveLink[]>();
  if (evidenceIds.length === 0) return out;
  const rows = await db
    .selectFrom('evidence_links as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .select([
      'l.id',
      'l.evidence_id',
      'l.case_id',
      'l.stage',
      'l.linked_at',
      'c.case_no',
      'c.source_no',
      'c.procedure',
    ])
    .where('l.evidence_id', 'in', evidenceIds)
    .where('l.unlinked_at', 'is', null)
    .orderBy('l.linked_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.evidence_id) ?? [];
    list.push(r as ActiveLink);
    out.set(r.evidence_id, list);
  }
  return out;
}

export function presentEvidence(row: EvidenceRow, links: ActiveLink[] = []) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    sm3: row.sm3,
    capturedAt: new Date(row.captured_at).toISOString(),
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    place: row.place,
    gps: row.gps_lat === null || row.gps_lng === null ? null : { lat: row.gps_lat, lng: row.gps_lng },
    device: row.device_id
      ? { id: row.device_id, serial: row.device_serial ?? '', kind: row.device_kind ?? '' }
      : null,
    officer: { id: row.officer_person_id, name: row.officer_name ?? '' },
    unit: { id: row.unit_id, name: row.unit_name ?? '' },
    late: row.late,
    lateWindowHours: row.late_window_hours,
    delayHours:
      Math.round((new Date(row.uploaded_at).getTime() - new Date(row.captured_at).getTime()) / 360_000) / 10,
    duplicateOf: row.duplicate_of,
    note: row.note,
    links: links.map((l) => ({
      id: l.id,
      caseId: l.case_id,
      caseNo: l.case_no ?? l.source_no,
      procedure: l.procedure,
      stage: l.stage,
      linkedAt: new Date(l.linked_at).toISOString(),
    })),
  };
}

export type PresentedEvidence = ReturnType<typeof presentEvidence>;
