import { api } from '../api/client';
import type { Page } from '../api/pagination';

// P-01, P-02, P-09, P-10: the publication queue, the draft editor, withdrawal and corrections.

export const PUBLICATION_STATUSES = ['draft', 'published', 'withdrawn', 'taken-down', 'barred'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const REDACTION_KINDS = [
  'id-number',
  'phone',
  'bank-card',
  'bank-account',
  'address',
  'person-name',
  'health',
  'other',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface Due {
  from: string;
  due: string;
  rule: string;
  ruleEn: string;
  overdue: boolean;
  workingDaysLeft: number;
}

export interface Publication {
  id: string;
  kind: 'penalty-decision' | 'inspection-result';
  kindName: string;
  status: PublicationStatus;
  statusName: string;
  title: string;
  sourceRef: string;
  partyName: string;
  partyType: 'person' | 'organisation' | null;
  caseId: string;
  triggeredOn: string;
  publication: Due | null;
  withdrawal: (Due & { reason: string | null }) | null;
  barredReason: string | null;
  publicId: string | null;
  currentVersion: number;
  publishedOn: string | null;
  publicUntil: string | null;
  withdrawalReason: string | null;
  withdrawnAt: string | null;
  redactionCount: number;
}

export interface Redaction {
  kind: RedactionKind;
  start: number;
  end: number;
  text: string;
  origin: 'auto' | 'manual';
}

export interface Correction {
  id: string;
  publicationId: string;
  ticket: string;
  requesterName: string;
  requesterContact: string;
  content: string;
  filedOn: string;
  status: 'open' | 'accepted' | 'rejected';
  answer: string | null;
  answeredAt: string | null;
  versionPublished: number | null;
  due: Due | null;
}

export interface PublicationDetail extends Publication {
  caseNo: string | null;
  sourceText: string;
  redactions: Redaction[];
  suggested: Redaction[];
  preview: string;
  versions: {
    version: number;
    title: string;
    body: string;
    reason: string | null;
    publishedAt: string;
    publishedBy: string | null;
  }[];
  corrections: Correction[];
}

export interface PublicationsQuery {
  view: 'queue' | 'all';
  status?: PublicationStatus | undefined;
  kind?: Publication['kind'] | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export interface PublicitySummary {
  drafts: number;
  overdueDrafts: number;
  pendingWithdrawals: number;
  overdueWithdrawals: number;
  openCorrections: number;
  overdueCorrections: number;
}

const path = (id: string) => `/publications/${encodeURIComponent(id)}`;

export const fetchPublications = (q: PublicationsQuery, signal?: AbortSignal) =>
  api.get<Page<Publication>>('/publications', { ...q }, signal);
export const fetchSummary = (signal?: AbortSignal) =>
  api.get<PublicitySummary>('/publications/summary', {}, signal);
export const fetchPublication = (id: string, signal?: AbortSignal) =>
  api.get<{ publication: PublicationDetail }>(path(id), {}, signal);
export const saveRedactions = (
  id: string,
  redactions: Pick<Redaction, 'kind' | 'start' | 'end' | 'origin'>[],
) => api.put<{ publication: PublicationDetail }>(`${path(id)}/redactions`, { redactions });
export const approvePublication = (id: string) =>
  api.post<{ publication: PublicationDetail }>(`${path(id)}/approve`, {});
export const withdrawPublication = (id: string, reason: string) =>
  api.post<{ publication: PublicationDetail }>(`${path(id)}/withdraw`, { reason });
export const fetchCorrections = (
  q: { status?: Correction['status'] | undefined; page: number; pageSize: number },
  signal?: AbortSignal,
) =>
  api.get<Page<Correction & { publicationTitle: string; publicationPublicId: string | null }>>(
    '/publication-corrections',
    { ...q },
    signal,
  );
export const answerCorrection = (
  id: string,
  body: { outcome: 'accepted' | 'rejected'; answer: string; sourceText?: string },
) => api.post<{ correction: Correction }>(`/publication-corrections/${encodeURIComponent(id)}/answer`, body);

/** The text cut into plain and redacted pieces, in order, for highlighting. */
export function segments(text: string, redactions: readonly Redaction[]) {
  const out: { text: string; redaction: Redaction | null; start: number }[] = [];
  let at = 0;
  for (const r of [...redactions].sort((a, b) => a.start - b.start)) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), redaction: null, start: at });
    out.push({ text: text.slice(r.start, r.end), redaction: r, start: r.start });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), redaction: null, start: at });
  return out;
}

/** Adds a redaction unless it overlaps one already there; returns null when it would. */
export function addRedaction(list: readonly Redaction[], next: Redaction): Redaction[] | null {
  if (next.end <= next.start) return null;
  if (list.some((r) => next.start < r.end && r.start < next.end)) return null;
  return [...list, next].sort((a, b) => a.start - b.start);
}

export const recordRevocation = (
  caseId: string,
  body: { kind: 'revoked' | 'changed'; decidedOn: string; reason: string },
) => api.post<unknown>(`/cases/${encodeURIComponent(caseId)}/decision-revocations`, body);
