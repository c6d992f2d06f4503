import type { Tx } from '../context.js';
import type { EvidenceKind } from '../db/schema-evidence.js';

export interface CaseEvidenceEntry {
  evidenceId: string;
  kind: EvidenceKind;
  title: string;
  stage: string;
  capturedAt: Date;
  size: number;
  sha256: string;
  sm3: string;
  late: boolean;
  linkedAt: Date;
}

/**
 * A case's evidence as it stands (active links only), by stage and kind: what the recording rules read —
 * the `footage-linked` guard asks whether a stage has video — and what the case file lists. No scope check
 * and no custody event: callers are the engine and the case file, which have already checked the reader.
 */
export async function listCaseEvidence(
  db: Tx,
  caseId: string,
  filter: { stage?: string; kind?: EvidenceKind } = {},
): Promise<CaseEvidenceEntry[]> {
  let q = db
    .selectFrom('evidence_links as l')
    .innerJoin('evidence_items as e', 'e.id', 'l.evidence_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'l.stage',
      'e.captured_at',
      'e.size',
      'e.sha256',
      'e.sm3',
      'e.late',
      'l.linked_at',
    ])
    .where('l.case_id', '=', caseId)
    .where('l.unlinked_at', 'is', null);
  if (filter.stage) q = q.where('l.stage', '=', filter.stage);
  if (filter.kind) q = q.where('e.kind', '=', filter.kind);
  const rows = await q.orderBy('e.captured_at').orderBy('e.id').execute();
  return rows.map((r) => ({
    evidenceId: r.id,
    kind: r.kind,
    title: r.title,
    stage: r.stage,
    capturedAt: new Date(r.captured_at),
    size: Number(r.size),
    sha256: r.sha256,
    sm3: r.sm3,
    late: r.late,
    linkedAt: new Date(r.linked_at),
  }));
}

/** The same, grouped: stage → kind → entries. */
export async function caseEvidenceByStage(
  db: Tx,
  caseId: string,
): Promise<Record<string, Partial<Record<EvidenceKind, CaseEvidenceEntry[]>>>> {
  const out: Record<string, Partial<Record<EvidenceKind, CaseEvidenceEntry[]>>> = {};
  for (const entry of await listCaseEvidence(db, caseId)) {
    const stage = out[entry.stage] ?? {};
    out[entry.stage] = stage;
    const list = stage[entry.kind] ?? [];
    stage[entry.kind] = list;
    list.push(entry);
  }
  return out;
}
