import type { Tx } from '../context.js';
import { certificateStatus } from '../people/certificate-status.js';

// 办案人员 with their 执法证 as of today. Only a certificate that is neither revoked nor expired, and already
// in force, lets a person act (行政处罚法 art. 42, P-07).

export interface OfficerView {
  personId: string;
  name: string;
  unit: { id: string; name: string };
  role: 'lead' | 'assist';
  assignedAt: string;
  certificate: { number: string; validFrom: string; validTo: string; status: string } | null;
  /** Holds a certificate valid today. */
  certified: boolean;
  /** On the case and not recused. */
  active: boolean;
  recusal: {
    requestedAt: string | null;
    requestReason: string | null;
    decision: 'recused' | 'rejected' | null;
    recusedAt: string | null;
    reason: string | null;
  } | null;
}

export interface CertificateInfo {
  number: string;
  validFrom: string;
  validTo: string;
  status: string;
  valid: boolean;
}

/** The best certificate of each person: a valid one if any, else the latest. */
export async function certificatesOf(db: Tx, personIds: string[], today: string) {
  const out = new Map<string, CertificateInfo>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('enforcement_certificates')
    .selectAll()
    .where('person_id', 'in', personIds)
    .orderBy('valid_to', 'desc')
    .execute();
  for (const c of rows) {
    const status = certificateStatus(c, today);
    const valid = (status === 'valid' || status === 'expiring') && c.valid_from <= today;
    const info = { number: c.number, validFrom: c.valid_from, validTo: c.valid_to, status, valid };
    const seen = out.get(c.person_id);
    if (!seen || (!seen.valid && valid)) out.set(c.person_id, info);
  }
  return out;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export async function loadOfficers(db: Tx, caseId: string, today: string): Promise<OfficerView[]> {
  const rows = await db
    .selectFrom('case_officers as o')
    .innerJoin('people as p', 'p.id', 'o.person_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('o')
    .select(['p.name', 'u.id as unit_id', 'u.name as unit_name'])
    .where('o.case_id', '=', caseId)
    .orderBy('o.assigned_at')
    .orderBy('o.person_id')
    .execute();
  const certs = await certificatesOf(
    db,
    rows.map((r) => r.person_id),
    today,
  );
  return rows.map((r) => {
    const c = certs.get(r.person_id) ?? null;
    return {
      personId: r.person_id,
      name: r.name,
      unit: { id: r.unit_id, name: r.unit_name },
      role: r.role,
      assignedAt: iso(r.assigned_at)!,
      certificate: c && { number: c.number, validFrom: c.validFrom, validTo: c.validTo, status: c.status },
      certified: c?.valid ?? false,
      active: r.recused_at === null,
      recusal:
        r.recusal_requested_at || r.recusal_decision
          ? {
              requestedAt: iso(r.recusal_requested_at),
              requestReason: r.recusal_request_reason,
              decision: r.recusal_decision,
              recusedAt: iso(r.recused_at),
              reason: r.recusal_reason,
            }
          : null,
    };
  });
}
