import { isFootage, missingRecords, PROCEDURES, stageRecordingRule } from '@sanxiang/core';
import { assertCaseReadable } from '../case-access/case-readable.js';
import { issuedDocumentKinds } from '../cases/documents-bridge.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { listLinkedEvidence } from './case-evidence.js';

// for one case: per stage the case has been in (or is in), the carriers required, what is linked,
// what is missing, and for the footage stages whether the exit is clear (footage or an approved exemption).
// 'text' counts as present when the stage's required documents are issued (the written record).

export async function getCaseRecording(deps: AppDeps, ctx: RequestContext, caseId: string) {
  const db = deps.db;
  const c = await db
    .selectFrom('cases')
    .select(['id', 'unit_id', 'procedure', 'stage'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND');
  await assertCaseReadable(db, ctx.actor!, c);
  const [events, evidence, exemptions, issued] = await Promise.all([
    db.selectFrom('case_events').select(['from_stage', 'to_stage']).where('case_id', '=', caseId).execute(),
    listLinkedEvidence(db, caseId),
    db
      .selectFrom('recording_exemptions')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('requested_at')
      .execute(),
    issuedDocumentKinds(db, caseId),
  ]);
  const visited = new Set<string>([PROCEDURES[c.procedure].start, c.stage]);
  for (const e of events) {
    if (e.from_stage) visited.add(e.from_stage);
    if (e.to_stage) visited.add(e.to_stage);
  }
  const stages = PROCEDURES[c.procedure].stages
    .filter((s) => visited.has(s.code))
    .map((s) => {
      const rule = stageRecordingRule(c.procedure, s.code)!;
      const linked = evidence.filter((e) => e.stage === s.code);
      const written =
        s.requiredDocuments.every((k) => issued.has(k)) &&
        (s.requiredDocuments.length > 0 || linked.some((e) => e.kind === 'document'));
      const ex = exemptions.filter((x) => x.stage === s.code);
      return {
        stage: s.code,
        name: s.name,
        nameEn: s.nameEn,
        current: s.code === c.stage,
        requiredRecords: [...rule.requiredRecords],
        missingRecords: missingRecords(
          rule.requiredRecords,
          linked.map((e) => e.kind),
          written,
        ),
        footageRequired: rule.footageRequired,
        footageSatisfied:
          !rule.footageRequired ||
          linked.some((e) => isFootage(e.kind)) ||
          ex.some((x) => x.status === 'approved'),
        evidence: linked.map((e) => ({
          id: e.id,
          kind: e.kind,
          title: e.title,
          capturedAt: e.capturedAt,
          late: e.late,
          sha256: e.sha256,
          sm3: e.sm3,
        })),
        exemptions: ex.map(presentExemption),
      };
    });
  return { caseId, procedure: c.procedure, stages };
}

export function presentExemption(x: {
  id: string;
  stage: string;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  requested_by_name: string;
  requested_at: Date | string;
  decided_by_name: string | null;
  decided_at: Date | string | null;
  opinion: string | null;
}) {
  return {
    id: x.id,
    stage: x.stage,
    reason: x.reason,
    status: x.status,
    requestedBy: x.requested_by_name,
    requestedAt: new Date(x.requested_at).toISOString(),
    decidedBy: x.decided_by_name,
    decidedAt: x.decided_at ? new Date(x.decided_at).toISOString() : null,
    opinion: x.opinion,
  };
}
