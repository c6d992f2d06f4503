import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';

// R-05 recording per stage, R-07 the sealed case file, R-08 cross-unit reads (docs/contracts/case-file-access-api.md).

export type RecordKind = 'text' | 'photo' | 'audio' | 'video';

export interface Exemption {
  id: string;
  stage: string;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  opinion: string | null;
}

export interface StageRecording {
  stage: string;
  name: string;
  nameEn: string;
  current: boolean;
  requiredRecords: RecordKind[];
  missingRecords: RecordKind[];
  footageRequired: boolean;
  footageSatisfied: boolean;
  evidence: { id: string; kind: string; title: string; capturedAt: string; late: boolean }[];
  exemptions: Exemption[];
}

export interface CaseRecording {
  caseId: string;
  procedure: string;
  stages: StageRecording[];
}

export interface CaseFileVersion {
  version: number;
  status: 'sealed' | 'superseded';
  sealedAt: string;
  sealedBy: string;
  pdfSize: number;
  pageCount: number;
  sha256: string;
  sm3: string;
  amendmentId: string | null;
}

export interface ManifestEntry {
  section: 'cover' | 'contents' | 'documents' | 'evidence' | 'note';
  title: string;
  number: string | null;
  stage: string | null;
  page: number;
  file: { name: string; size: number; sha256: string; sm3: string } | null;
}

export interface Amendment {
  id: string;
  fileVersion: number;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  opinion: string | null;
  newVersion: number | null;
}

export interface CaseFile {
  caseId: string;
  caseNo: string;
  state: 'sealed' | 'open' | 'unsealed';
  current: CaseFileVersion | null;
  versions: CaseFileVersion[];
  manifest: ManifestEntry[];
  amendments: Amendment[];
  trail: {
    at: string;
    operation: string;
    operationName: string;
    actor: string | null;
    unitName: string | null;
  }[];
}

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const fetchRecording = (caseId: string, signal?: AbortSignal) =>
  api.get<CaseRecording>(`${casePath(caseId)}/recording`, undefined, signal);
export const askExemption = (caseId: string, body: { stage: string; reason: string }) =>
  api.post<Exemption>(`${casePath(caseId)}/recording/exemptions`, body);
export const decideExemption = (caseId: string, id: string, body: { approve: boolean; opinion: string }) =>
  api.post<Exemption>(`${casePath(caseId)}/recording/exemptions/${encodeURIComponent(id)}/decision`, body);

export const fetchCaseFile = (caseId: string, signal?: AbortSignal) =>
  api.get<CaseFile>(`${casePath(caseId)}/case-file`, undefined, signal);
export const sealCaseFile = (caseId: string) => api.post<CaseFile>(`${casePath(caseId)}/case-file/seal`);
export const askAmendment = (caseId: string, reason: string) =>
  api.post<{ id: string }>(`${casePath(caseId)}/case-file/amendments`, { reason });
export const decideAmendment = (caseId: string, id: string, body: { approve: boolean; opinion: string }) =>
  api.post<{ id: string; status: string }>(
    `${casePath(caseId)}/case-file/amendments/${encodeURIComponent(id)}/decision`,
    body,
  );
export const caseFilePdfUrl = (caseId: string, version: number) =>
  downloadUrl(`${casePath(caseId)}/case-file/versions/${version}/pdf`);
export const caseFileExportUrl = (caseId: string, version?: number) =>
  downloadUrl(`${casePath(caseId)}/case-file/export`, { version });

//
export type AccessStatus = 'pending' | 'approved' | 'denied' | 'revoked';
export interface AccessRequest {
  id: string;
  caseId: string;
  caseNo: string;
  caseSummary: string;
  caseUnit: { id: string; name: string };
  requester: { id: string; name: string; unitName: string | null };
  reason: string;
  hours: number;
  status: AccessStatus;
  valid: boolean;
  expired: boolean;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  opinion: string | null;
  validFrom: string | null;
  validUntil: string | null;
  canDecide: boolean;
}
export const ACCESS_FILTERS = ['pending', 'valid', 'expired', 'denied'] as const;
export type AccessFilter = (typeof ACCESS_FILTERS)[number];
export interface AccessQuery {
  box: 'mine' | 'decide' | 'all';
  status?: AccessFilter;
  page: number;
  pageSize: number;
}
export const fetchAccessRequests = (q: AccessQuery, signal?: AbortSignal) =>
  api.get<Page<AccessRequest>>('/case-access/requests', { ...q }, signal);
export const askAccess = (body: { caseNo: string; reason: string; hours?: number }) =>
  api.post<AccessRequest>('/case-access/requests', body);
export const decideAccess = (id: string, body: { approve: boolean; opinion: string; hours?: number }) =>
  api.post<AccessRequest>(`/case-access/requests/${encodeURIComponent(id)}/decision`, body);

export interface ReadEntry {
  id: string;
  at: string;
  operation: string;
  operationName: string;
  reader: { username: string | null; name: string | null; unitName: string | null };
  ip: string | null;
  caseId: string | null;
  caseNo: string | null;
  caseUnitName: string | null;
  grantId: string | null;
}
export interface ReadQuery {
  caseNo?: string;
  reader?: string;
  from?: string;
  to?: string;
  grantOnly?: boolean;
  page: number;
  pageSize: number;
}
export const fetchReads = (q: ReadQuery, signal?: AbortSignal) =>
  api.get<Page<ReadEntry>>('/case-access/reads', { ...q }, signal);

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
