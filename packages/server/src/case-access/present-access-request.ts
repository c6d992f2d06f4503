import type { Actor } from '../context.js';
import type { CaseAccessRequestTable } from '../db/schema-case-file.js';

type Row = Omit<CaseAccessRequestTable, 'requested_at' | 'decided_at' | 'valid_from' | 'valid_until'> & {
  requested_at: Date | string;
  decided_at: Date | string | null;
  valid_from: Date | string | null;
  valid_until: Date | string | null;
  case_no: string | null;
  source_no: string;
  summary: string;
  unit_name: string;
  requester_unit_name: string | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentAccessRequest(r: Row, now: Date, decidable: (r: Row) => boolean) {
  const until = r.valid_until ? new Date(r.valid_until).getTime() : null;
  const expired = r.status === 'approved' && until !== null && until <= now.getTime();
  return {
    id: r.id,
    caseId: r.case_id,
    caseNo: r.case_no ?? r.source_no,
    caseSummary: r.summary,
    caseUnit: { id: r.case_unit_id, name: r.unit_name },
    requester: { id: r.requester_id, name: r.requester_name, unitName: r.requester_unit_name },
    reason: r.reason,
    hours: r.hours,
    status: r.status,
    valid: r.status === 'approved' && !expired && new Date(r.valid_from!).getTime() <= now.getTime(),
    expired,
    requestedAt: iso(r.requested_at)!,
    decidedBy: r.decided_by_name,
    decidedAt: iso(r.decided_at),
    opinion: r.opinion,
    validFrom: iso(r.valid_from),
    validUntil: iso(r.valid_until),
    canDecide: r.status === 'pending' && decidable(r),
  };
}

export type AccessRequestRow = Row;

/** The leader of the case's unit: the bureau head, or a squad leader whose subtree holds the unit. */
export function leadsUnit(actor: Actor, visible: string[] | null, unitId: string): boolean {
  if (actor.roles.includes('bureau_head')) return true;
  if (!actor.roles.includes('squad_leader')) return false;
  return visible === null || visible.includes(unitId);
}
