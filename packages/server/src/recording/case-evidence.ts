import type { EvidenceCarrier } from '@sanxiang/core';
import type { Tx } from '../context.js';

// What the recording rules and the case file need to know of a case's evidence: the items linked to it now,
// with their stage, carrier and digests. The evidence part owns ingest and links (evidence/); this is the
// one narrow interface the rules read through. Interim: it reads the evidence tables directly; when
// evidence/list-case-evidence.ts lands it is the one place to switch over.

export interface LinkedEvidence {
  id: string;
  kind: EvidenceCarrier;
  title: string;
  fileName: string;
  stage: string;
  capturedAt: string;
  place: string;
  size: number;
  sha256: string;
  sm3: string;
  blobKey: string;
  late: boolean;
  officerName: string | null;
  deviceSerial: string | null;
  linkedAt: string;
}

export async function listLinkedEvidence(db: Tx, caseId: string): Promise<LinkedEvidence[]> {
  const rows = await db
    .selectFrom('evidence_links as l')
    .innerJoin('evidence_items as e', 'e.id', 'l.evidence_id')
    .leftJoin('people as p', 'p.id', 'e.officer_person_id')
    .leftJoin('devices as d', 'd.id', 'e.device_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.file_name',
      'l.stage',
      'e.captured_at',
      'e.place',
      'e.size',
      'e.sha256',
      'e.sm3',
      'e.blob_key',
      'e.late',
      'p.name as officer_name',
      'd.serial as device_serial',
      'l.linked_at',
    ])
    .where('l.case_id', '=', caseId)
    .where('l.unlinked_at', 'is', null)
    .orderBy('e.captured_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    fileName: r.file_name,
    stage: r.stage,
    capturedAt: new Date(r.captured_at).toISOString(),
    place: r.place,
    size: Number(r.size),
    sha256: r.sha256,
    sm3: r.sm3,
    blobKey: r.blob_key,
    late: r.late,
    officerName: r.officer_name,
    deviceSerial: r.device_serial,
    linkedAt: new Date(r.linked_at).toISOString(),
  }));
}
