import { todayInChina } from '../clock.js';
import type { Tx } from '../context.js';
import { certificateStatus } from '../people/certificate-status.js';

// P-07: what anyone may learn about a 执法证 — whose it is (name), the unit, the scope, the issuer and the
// validity, and whether it is valid, expired or revoked. Nothing else about the person: no ID number,
// phone, position or photo, and no revocation reason.

export type PublicCertificateStatus = 'valid' | 'expired' | 'revoked';

export interface PublicCertificate {
  number: string;
  name: string;
  unit: string;
  issuer: string;
  scope: string;
  validFrom: string;
  validTo: string;
  status: PublicCertificateStatus;
  /** The day it was revoked (China time), when revoked. */
  revokedOn: string | null;
}

export const CERTIFICATE_NUMBER_MAX = 40;
/** 32 hex digits: the shape of every token the migration and the seed produce. */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** The certificate by number or by its QR token; null when there is none (the caller answers neutrally). */
export async function findPublicCertificate(
  db: Tx,
  by: { number: string } | { token: string },
  today = todayInChina(),
): Promise<PublicCertificate | null> {
  let q = db
    .selectFrom('enforcement_certificates as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'c.number',
      'c.issuer',
      'c.scope',
      'c.valid_from',
      'c.valid_to',
      'c.revoked_at',
      'p.name',
      'u.name as unit_name',
    ]);
  if ('number' in by) {
    const number = by.number.trim();
    if (number.length === 0 || number.length > CERTIFICATE_NUMBER_MAX) return null;
    q = q.where('c.number', '=', number);
  } else {
    if (!TOKEN_PATTERN.test(by.token)) return null;
    q = q.where('c.public_token', '=', by.token);
  }
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const status = certificateStatus(row, today);
  return {
    number: row.number,
    name: row.name,
    unit: row.unit_name,
    issuer: row.issuer,
    scope: row.scope,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: status === 'expiring' ? 'valid' : status,
    revokedOn: row.revoked_at ? todayInChina(new Date(row.revoked_at)) : null,
  };
}
