import { allowedTransitions, PROCEDURES, stageOf } from '@sanxiang/core';
import type { MatterItem } from '../catalog/schemas.js';
import type { Tx } from '../context.js';
import { caseDocuments } from './documents-bridge.js';
import { evaluateTransition, rolesFor } from './evaluate.js';
import type { CaseBundle } from './load-case.js';
import { matterOfCase } from './matter.js';
import { presentParty } from './parties.js';
import { computeSurcharge } from './surcharge.js';
import type { DecisionRecord, EventRow } from './types.js';

// The Case object of the contract: the case with its parties, officers, timeline, running deadlines (due
// dates computed now), and every act of the current stage with whether this actor may take it and, if not,
// each reason why.

const iso = (d: Date | string) => new Date(d).toISOString();

/** Names of the timeline entries that are not transitions. */
export const EVENT_NAMES: Record<string, { name: string; nameEn: string }> = {
  intake: { name: '案源登记', nameEn: 'Case registered' },
  'party-added': { name: '添加当事人', nameEn: 'Party added' },
  'party-updated': { name: '修改当事人信息', nameEn: 'Party changed' },
  'officer-assigned': { name: '指派办案人员', nameEn: 'Officer assigned' },
  'officer-recusal-requested': { name: '申请回避', nameEn: 'Recusal requested' },
  'officer-recused': { name: '决定回避', nameEn: 'Officer withdrawn' },
  'officer-recusal-rejected': { name: '驳回回避申请', nameEn: 'Recusal refused' },
  'penalty-proposed': { name: '拟定处罚', nameEn: 'Penalty proposed' },
  'deadline-suspended': { name: '期限中止', nameEn: 'Deadline suspended' },
  'deadline-resumed': { name: '期限恢复计算', nameEn: 'Deadline resumed' },
  'deadline-extended': { name: '期限延长', nameEn: 'Deadline extended' },
  'review-recorded': { name: '法制审核意见', nameEn: 'Legal review opinion' },
  'approval-recorded': { name: '负责人审批', nameEn: 'Approval' },
};

export function eventName(bundle: Pick<CaseBundle, 'procedure'>, e: EventRow): string {
  const t = bundle.procedure.transitions.find((x) => x.action === e.action && x.from === e.from_stage);
  return t?.name ?? EVENT_NAMES[e.action]?.name ?? e.action;
}

export async function presentCase(db: Tx, bundle: CaseBundle) {
  const c = bundle.caseRow;
  const procedure = PROCEDURES[c.procedure];
  const stage = stageOf(procedure, c.stage);
  const [unit, matter, documents] = await Promise.all([
    db.selectFrom('units').select(['id', 'name']).where('id', '=', c.unit_id).executeTakeFirstOrThrow(),
    matterOfCase(db, c.matter_version_id, c.matter_code),
    caseDocuments(db, c.id),
  ]);
  const stageName = (code: string | null) => (code ? (stageOf(procedure, code)?.name ?? code) : null);
  return {
    id: c.id,
    caseNo: c.case_no,
    sourceNo: c.source_no,
    queryCode: c.query_code,
    procedure: c.procedure,
    procedureName: procedure.name,
    stage: c.stage,
    stageName: stage?.name ?? c.stage,
    status: c.status,
    unit,
    source: c.source,
    sourceRef: c.source_ref,
    summary: c.summary,
    place: c.place,
    occurredOn: c.occurred_on,
    discoveredOn: c.discovered_on,
    filedOn: c.filed_on,
    matter: presentMatterRef(c.matter_code, c.matter_version_id, matter, bundle),
    circumstances: c.circumstances,
    parties: bundle.parties.map(presentParty),
    officers: bundle.officers,
    proposedPenalty: c.proposed_penalty,
    notifiedPenalty: c.notified_penalty,
    penaltyAfterDefence: c.penalty_after_defence,
    decision: c.decision,
    surcharge: computeSurcharge(
      c.decision as DecisionRecord | null,
      bundle.deadlines,
      bundle.flags,
      bundle.today,
    ),
    flags: bundle.flags as Record<string, unknown>,
    milestones: bundle.milestones as Record<string, string>,
    version: c.version,
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
    timeline: bundle.events.map((e) => ({
      id: e.id,
      action: e.action,
      name: eventName(bundle, e),
      fromStage: e.from_stage,
      toStage: e.to_stage,
      toStageName: stageName(e.to_stage),
      actor: { id: e.actor_id, name: e.actor_name },
      at: iso(e.at),
      payload: e.payload,
      reason: e.reason,
    })),
    deadlines: bundle.deadlines,
    documents,
    reviews: bundle.reviews.map((r) => ({
      id: r.id,
      level: r.level,
      outcome: r.outcome,
      opinion: r.opinion,
      reviewer: r.reviewer_name,
      at: iso(r.created_at),
      current: r.draft_digest === bundle.draftDigest,
    })),
    actions: allowedTransitions(procedure, c.stage).map((t) => {
      const refusals = evaluateTransition(bundle, t, {}, undefined);
      return {
        action: t.action,
        name: t.name,
        nameEn: t.nameEn,
        to: t.to,
        toName: stageName(t.to)!,
        branch: t.branch ?? null,
        roles: [...rolesFor(bundle, t)],
        allowed: refusals.length === 0,
        refusals,
      };
    }),
  };
}

function presentMatterRef(
  code: string | null,
  versionId: string | null,
  m: MatterItem | null,
  bundle: CaseBundle,
) {
  if (!code) return null;
  const kinds = new Set(bundle.parties.map((p) => p.kind));
  return {
    code,
    name: m?.name ?? code,
    category: m?.category ?? '',
    versionId,
    hearingApplicable: m?.hearingApplicable ?? false,
    penaltyKinds: m?.penaltyKinds ?? [],
    // The tiers that apply to this case's parties (all of them when no party is recorded yet).
    discretion: (m?.discretion ?? []).filter(
      (t) => kinds.size === 0 || t.partyType === 'any' || kinds.has(t.partyType),
    ) as unknown as Record<string, unknown>[],
  };
}

export type CaseView = Awaited<ReturnType<typeof presentCase>>;
