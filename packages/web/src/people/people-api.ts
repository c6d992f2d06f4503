import { api } from '../api/client';
import type { Page } from '../api/pagination';

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked';
/** The list filter also knows "none" (no certificate on record), which is not a certificate's own status. */
export type CertificateFilter = 'valid' | 'expiring' | 'expired' | 'none';
export const CERTIFICATE_FILTERS: readonly CertificateFilter[] = ['valid', 'expiring', 'expired', 'none'];

export interface Certificate {
  number: string;
  issuer: string;
  scope: string;
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
}

export interface Person {
  id: string;
  name: string;
  gender: 'male' | 'female';
  unit: { id: string; name: string };
  position: string;
  phoneMasked: string;
  certificate: Certificate | null;
  legalQualification: { number: string; issuedOn: string } | null;
  hasAccount: boolean;
}

export interface PersonDetail extends Person {
  phone: string;
}

export interface PeopleQuery {
  page: number;
  pageSize: number;
  unitId?: string;
  q?: string;
  certStatus?: CertificateFilter;
  qualified?: boolean;
}

export const fetchPeople = (query: PeopleQuery, signal?: AbortSignal) =>
  api.get<Page<Person>>('/people', { ...query }, signal);

/** Reading one person returns the full phone number; the server writes that read into the audit log. */
export const fetchPerson = (id: string, signal?: AbortSignal) =>
  api.get<PersonDetail>(`/people/${encodeURIComponent(id)}`, undefined, signal);
