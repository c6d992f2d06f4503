import type { EvidenceCarrier } from '@sanxiang/core';
import type { Tx } from '../context.js';

// What the case file needs of a case's evidence: the items linked to it now, with their stage, carrier,
// digests, and what the originals in the export need besides (file name, place, blob key, officer, device).
// The evidence part owns ingest and links (evidence/); the footage guard reads its list-case-evidence.ts,
// which does not carry the file's key and name, hence this one wider read of the same active links.

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
