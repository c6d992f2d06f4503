import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';

// The case routes of docs/contracts/cases-api.md (server: packages/server/src/cases, src/documents).

export const CASE_SOURCES = [
  'patrol',
  'complaint',
  'hotline-12345',
  'digital-cityops',
  'transfer',
  'inspection',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export const CASE_PROCEDURES = ['simple', 'general', 'seizure', 'demolition', 'inspection'] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];
export const DUE_FILTERS = ['soon', 'overdue'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface Deadline {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  stage: string;
  limitKind: 'deadline' | 'wait';
  from: string;
  days: number;
  unit: 'working' | 'calendar';
  rule: string;
  due: string;
  explanation: string;
  explanationEn: string;
  warnings: { code: string; message: string; messageEn: string }[];
  status: 'running' | 'met' | 'stopped';
  endedOn: string | null;
  suspended: boolean;
  daysLeft: number;
  overdue: boolean;
  dueSoon: boolean;
  elapsed: boolean;
  suspensions?: {
    from: string;
    to?: string;
    reason: string;
    approvedBy: string;
    approvedAt: string;
    resumedBy?: string;
  }[];
  extensions?: { days: number; reason: string; approvedBy: string; approvedAt: string }[];
}

export interface CaseSummary {
  id: string;
  caseNo: string | null;
  sourceNo: string;
  procedure: CaseProcedure;
  procedureName: string;
  stage: string;
  stageName: string;
  status: 'open' | 'closed' | 'archived';
  unit: { id: string; name: string };
  source: CaseSource;
  summary: string;
  place: string;
  discoveredOn: string;
  filedOn: string | null;
  matter: { code: string; name: string } | null;
  parties: string[];
  officers: string[];
  nearestDeadline: Deadline | null;
  overdue: boolean;
  dueSoon: boolean;
  updatedAt: string;
}

export interface CasesQuery {
  page: number;
  pageSize: number;
  stage?: string;
  procedure?: CaseProcedure;
  unitId?: string;
  officer?: string;
  matter?: string;
  party?: string;
  due?: DueFilter;
  q?: string;
}

export interface Refusal {
  guard: string | null;
  code: string;
  message: string;
  messageEn: string;
  articles: { law: string; lawName: string; articles: number[] }[];
  missing?: string[];
}

export interface CaseAction {
  action: string;
  name: string;
  nameEn: string;
  to: string;
  toName: string;
  branch: string | null;
  roles: string[];
  allowed: boolean;
  refusals: Refusal[];
}

export interface CaseParty {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  idNumber: string | null;
  minor: boolean | null;
  birthDate?: string | null;
  creditCode: string | null;
  creditCodeOverride?: { reason: string; approvedBy: string; expected: string } | null;
  legalRepresentative: string | null;
  address: string | null;
  phone: string | null;
}

export interface CaseOfficer {
  personId: string;
  name: string;
  unit: { id: string; name: string };
  role: 'lead' | 'assist';
  assignedAt: string;
  certificate: { number: string; validFrom: string; validTo: string; status: string } | null;
  certified: boolean;
  active: boolean;
  recusal?: {
    requestedAt: string | null;
    requestReason: string | null;
    decision: 'recused' | 'rejected' | null;
    recusedAt: string | null;
    reason: string | null;
  } | null;
}

/** One tier of the matter's discretion standard (裁量基准). */
export interface DiscretionTier {
  tier: string;
  partyType: 'person' | 'organisation' | 'any';
  conditions: string;
  fineMin: number | null;
  fineMax: number | null;
  measures: string;
}

export interface Penalty {
  kinds: string[];
  fine: number | null;
  confiscation: number | null;
  measures: string;
  outsideStandard: boolean;
  reason: string | null;
  circumstances: string;
  range?: DiscretionTier | null;
}

export interface CaseDocument {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  title: string | null;
  status: 'draft' | 'issued';
  number: string | null;
  issuedOn: string | null;
  draftedAt: string;
  pdf: { size: number } | null;
  docx: { size: number } | null;
  voided: { at: string; by: string | null; reason: string } | null;
}

export interface TimelineEntry {
  id: string;
  action: string;
  name: string;
  fromStage: string | null;
  toStage: string | null;
  toStageName: string | null;
  actor: { id: string; name: string };
  at: string;
  reason: string | null;
}

export interface CaseDetail {
  id: string;
  caseNo: string | null;
  sourceNo: string;
  queryCode: string;
  procedure: CaseProcedure;
  procedureName: string;
  stage: string;
  stageName: string;
  status: 'open' | 'closed' | 'archived';
  unit: { id: string; name: string };
  source: CaseSource;
  summary: string;
  place: string;
  occurredOn: string;
  discoveredOn: string;
  filedOn: string | null;
  matter: {
    code: string;
    name: string;
    category: string;
    hearingApplicable?: boolean;
    penaltyKinds?: string[];
    discretion?: DiscretionTier[];
  } | null;
  circumstances: string | null;
  parties: CaseParty[];
  officers: CaseOfficer[];
  proposedPenalty: Record<string, unknown> | null;
  notifiedPenalty?: Record<string, unknown> | null;
  penaltyAfterDefence?: Record<string, unknown> | null;
  milestones?: Record<string, string>;
  reviews?: {
    id: string;
    level: 'brigade' | 'bureau';
    outcome: 'approved' | 'returned' | 'disagreed';
    opinion: string;
    reviewer: string;
    at: string;
    current: boolean;
  }[];
  decision: Record<string, unknown> | null;
  flags: Record<string, unknown>;
  version: number;
  timeline: TimelineEntry[];
  deadlines: Deadline[];
  documents: CaseDocument[];
  actions: CaseAction[];
}

export interface PartyInput {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  minor?: boolean;
  creditCodeOverride?: { reason: string; approvedBy: string };
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

export interface CreateCaseInput {
  source: CaseSource;
  sourceRef?: string;
  summary: string;
  place: string;
  occurredOn: string;
  discoveredOn: string;
  procedure: CaseProcedure;
  matterCode?: string;
  unitId: string;
  parties: PartyInput[];
  officers: { personId: string; role: 'lead' | 'assist' }[];
}

export interface MatterOption {
  code: string;
  name: string;
}

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const fetchCases = (query: CasesQuery, signal?: AbortSignal) =>
  api.get<Page<CaseSummary>>('/cases', { ...query }, signal);

export const fetchCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseDetail>(casePath(id), undefined, signal);

export const createCase = (input: CreateCaseInput) => api.post<CaseDetail>('/cases', input);

export const runCaseAction = (
  id: string,
  action: string,
  body: { payload?: Record<string, unknown>; reason?: string; version: number },
) => api.post<CaseDetail>(`${casePath(id)}/actions/${encodeURIComponent(action)}`, body);

export const draftDocument = (id: string, kind: string) =>
  api.post<CaseDocument>(`${casePath(id)}/documents`, { kind });

export const issueDocument = (id: string, docId: string) =>
  api.post<CaseDocument>(`${casePath(id)}/documents/${encodeURIComponent(docId)}/issue`);

export const documentFileUrl = (id: string, docId: string, format: 'pdf' | 'docx') =>
  downloadUrl(`${casePath(id)}/documents/${encodeURIComponent(docId)}/file.${format}`);

export const fetchMatterOptions = (signal?: AbortSignal) =>
  api.get<Page<MatterOption>>('/public/matters', { pageSize: 100 }, signal);

export const addParty = (id: string, party: PartyInput) =>
  api.post<CaseDetail>(`${casePath(id)}/parties`, party);

export const updateParty = (id: string, partyId: string, party: PartyInput) =>
  api.put<CaseDetail>(`${casePath(id)}/parties/${encodeURIComponent(partyId)}`, party);

export const assignOfficer = (id: string, body: { personId: string; role: 'lead' | 'assist' }) =>
  api.post<CaseDetail>(`${casePath(id)}/officers`, body);

export const recuseOfficer = (
  id: string,
  personId: string,
  body: { reason: string; decision: 'requested' | 'recused' | 'rejected' },
) => api.post<CaseDetail>(`${casePath(id)}/officers/${encodeURIComponent(personId)}/recuse`, body);

export interface PenaltyInput {
  circumstances: string;
  kinds: string[];
  fine: number | null;
  confiscation: number | null;
  measures: string;
  reason?: string;
  version?: number;
}

export const putPenalty = (id: string, body: PenaltyInput) =>
  api.put<CaseDetail>(`${casePath(id)}/penalty`, body);

const deadlinePath = (id: string, deadlineId: string, verb: string) =>
  `${casePath(id)}/deadlines/${encodeURIComponent(deadlineId)}/${verb}`;

export const suspendDeadline = (
  id: string,
  deadlineId: string,
  body: { from: string; to?: string; reason: string },
) => api.post<CaseDetail>(deadlinePath(id, deadlineId, 'suspend'), body);

export const resumeDeadline = (id: string, deadlineId: string, body: { on: string; reason?: string }) =>
  api.post<CaseDetail>(deadlinePath(id, deadlineId, 'resume'), body);

export const extendDeadline = (id: string, deadlineId: string, body: { days: number; reason: string }) =>
  api.post<CaseDetail>(deadlinePath(id, deadlineId, 'extend'), body);

export const draftDocumentWithInput = (id: string, kind: string, input: Record<string, unknown>) =>
  api.post<{ document: CaseDocument }>(`${casePath(id)}/documents`, { kind, input });
