import type { Tx } from '../context.js';
import type { RecordingExemptionTable } from '../db/schema-case-file.js';
import { listCaseEvidence } from '../evidence/list-case-evidence.js';

/** What the footage guard reads (cases/guards/footage-linked.ts), loaded with the rest of the case. */
export interface RecordingFacts {
  /** The evidence linked to the case now (active links), with its stage and carrier. */
  evidence: { id: string; kind: 'photo' | 'audio' | 'video' | 'document'; stage: string }[];
  exemptions: Pick<
    RecordingExemptionTable,
    'id' | 'stage' | 'status' | 'reason' | 'decided_by_name' | 'opinion'
  >[];
}

export async function loadRecordingFacts(db: Tx, caseId: string): Promise<RecordingFacts> {
  const [evidence, exemptions] = await Promise.all([
    listCaseEvidence(db, caseId),
    db
      .selectFrom('recording_exemptions')
      .select(['id', 'stage', 'status', 'reason', 'decided_by_name', 'opinion'])
      .where('case_id', '=', caseId)
      .orderBy('requested_at')
      .execute(),
  ]);
  return { evidence: evidence.map((e) => ({ id: e.evidenceId, kind: e.kind, stage: e.stage })), exemptions };
}
