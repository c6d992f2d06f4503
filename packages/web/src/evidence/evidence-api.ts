import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';

// R-06 evidence (GET/POST /evidence…, docs/contracts/evidence-api.md).

export const EVIDENCE_KINDS = ['photo', 'audio', 'video', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Accepted endings per kind (the server checks the same list). */
export const EVIDENCE_TYPES: Record<EvidenceKind, string[]> = {
  photo: ['.jpg', '.jpeg', '.png', '.webp', '.heic', '.gif'],
  audio: ['.mp3', '.m4a', '.aac', '.wav', '.ogg', '.amr'],
  video: ['.mp4', '.webm', '.mov', '.avi', '.mkv', '.ts'],
  document: ['.pdf', '.ofd', '.docx', '.doc', '.xlsx', '.txt', '.jpg', '.png'],
};

export function kindForFile(name: string): EvidenceKind | null {
  const lower = name.toLowerCase();
  for (const kind of ['video', 'audio', 'photo', 'document'] as const)
    if (EVIDENCE_TYPES[kind].some((ext) => lower.endsWith(ext))) return kind;
  return null;
}

export interface EvidenceLink {
  id: string;
  caseId: string;
  caseNo: string;
  procedure: string;
  stage: string;
  linkedAt: string;
}

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  sm3: string;
  capturedAt: string;
  uploadedAt: string;
  place: string;
  gps: { lat: number; lng: number } | null;
  device: { id: string; serial: string; kind: string } | null;
  officer: { id: string; name: string };
  unit: { id: string; name: string };
  late: boolean;
  lateWindowHours: number;
  delayHours: number;
  duplicateOf: string | null;
  note: string;
  links: EvidenceLink[];
}

export interface EvidenceQuery {
  page: number;
  pageSize: number;
  caseId?: string;
  stage?: string;
  kind?: EvidenceKind;
  late?: boolean;
  q?: string;
  deviceId?: string;
  capturedFrom?: string;
  capturedTo?: string;
}

export interface CustodyEvent {
  seq: number;
  action: 'ingested' | 'viewed' | 'played' | 'downloaded' | 'exported' | 'linked' | 'unlinked';
  at: string;
  actorName: string | null;
  actorUnitId: string | null;
  ip: string;
  caseId: string | null;
  stage: string | null;
  detail: Record<string, unknown>;
}

export const fetchEvidence = (q: EvidenceQuery, signal?: AbortSignal) =>
  api.get<Page<Evidence>>('/evidence', { ...q }, signal);

export const fetchCustody = (id: string, signal?: AbortSignal) =>
  api.get<{ events: CustodyEvent[] }>(`/evidence/${id}/custody`, undefined, signal);

/** Opening an item's record is itself a custody event (viewed). */
export const viewEvidence = (id: string) => api.get<{ evidence: Evidence }>(`/evidence/${id}`);

export const unlinkEvidence = (id: string, caseId: string, reason: string) =>
  api.post<{ evidence: Evidence }>(`/evidence/${id}/unlink`, { caseId, reason });

export const contentUrl = (id: string) => downloadUrl(`/evidence/${id}/content`);
export const downloadEvidenceUrl = (id: string) => downloadUrl(`/evidence/${id}/content`, { download: '1' });
export const exportUrl = (query: { caseId?: string; ids?: string }) => downloadUrl('/evidence/export', query);

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}
