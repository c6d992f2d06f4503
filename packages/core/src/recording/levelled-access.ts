// R-08 分级调阅: a unit reads its own cases (its subtree); the supervision centre and the bureau-level roles read
// all; reading another unit's case needs a request approved by that unit's leader, and the approval is valid
// for a set time. The decision is a pure function so that the rule is one place and a test.

export type ReadBasis = 'own-unit' | 'bureau-wide' | 'grant' | 'none';

export interface AccessGrantView {
  caseId: string;
  status: 'pending' | 'approved' | 'denied' | 'revoked';
  /** ISO times; set when approved. */
  validFrom: string | null;
  validUntil: string | null;
}

export function grantIsValid(grant: AccessGrantView, now: Date): boolean {
  if (grant.status !== 'approved' || !grant.validFrom || !grant.validUntil) return false;
  const t = now.getTime();
  return Date.parse(grant.validFrom) <= t && t < Date.parse(grant.validUntil);
}

/**
 * On what basis an actor may read a case: its scope (null = every unit) covers the case's unit; else a valid
 * approved grant for exactly this case; else none (the API answers 404 so the case does not reveal itself).
 */
export function readBasis(
  visibleUnits: readonly string[] | null,
  caseUnitId: string,
  grants: readonly AccessGrantView[],
  caseId: string,
  now: Date,
): ReadBasis {
  if (visibleUnits === null) return 'bureau-wide';
  if (visibleUnits.includes(caseUnitId)) return 'own-unit';
  if (grants.some((g) => g.caseId === caseId && grantIsValid(g, now))) return 'grant';
  return 'none';
}

/** Default validity of an approved cross-unit read (hours); configuration may change it (case-access.grant-hours). */
export const DEFAULT_GRANT_HOURS = 72;
/** The longest validity a leader may grant (hours). */
export const MAX_GRANT_HOURS = 720;

export function grantExpiry(approvedAt: Date, hours: number): Date {
  return new Date(approvedAt.getTime() + hours * 3_600_000);
}
