import { sql } from 'kysely';
import { addDays } from '../clock.js';

// P-07: a certificate close to expiry is flagged early so it can be renewed before an officer is
// left unable to act. 90 days is the bureau's renewal lead time.
export const CERT_EXPIRING_DAYS = 90;

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked';

export function certificateStatus(
  c: { valid_to: string; revoked_at: Date | null },
  today: string,
): CertificateStatus {
  if (c.revoked_at) return 'revoked';
  if (c.valid_to < today) return 'expired';
  if (c.valid_to < addDays(today, CERT_EXPIRING_DAYS)) return 'expiring';
  return 'valid';
}

/** The same rule in SQL, for filtering and counting in the database (alias c = the certificate). */
export function certificateStatusSql(today: string) {
  return sql<CertificateStatus | 'none'>`case
    when c.id is null then 'none'
    when c.revoked_at is not null then 'revoked'
    when c.valid_to < ${today}::date then 'expired'
    when c.valid_to < ${addDays(today, CERT_EXPIRING_DAYS)}::date then 'expiring'
    else 'valid' end`;
}
