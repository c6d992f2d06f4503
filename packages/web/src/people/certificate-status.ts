import type { MessageKey } from '../i18n/dictionary';
import type { Certificate, CertificateStatus } from './people-api';

export type CertificateState = CertificateStatus | 'none';

export function certificateState(cert: Pick<Certificate, 'status'> | null): CertificateState {
  return cert ? cert.status : 'none';
}

/** Green for usable, orange for "renew soon" (within 90 days), red when it may no longer be used. */
export const CERTIFICATE_COLOR: Record<CertificateState, string> = {
  valid: 'success',
  expiring: 'warning',
  expired: 'error',
  revoked: 'magenta',
  none: 'default',
};

export const CERTIFICATE_LABEL: Record<CertificateState, MessageKey> = {
  valid: 'people.cert.valid',
  expiring: 'people.cert.expiring',
  expired: 'people.cert.expired',
  revoked: 'people.cert.revoked',
  none: 'people.cert.none',
};
