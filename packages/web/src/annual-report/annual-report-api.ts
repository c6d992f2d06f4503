import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';

// P-11: the annual report (GET/POST /annual-reports…) and the register of reconsiderations and suits.

export type ReportStatus = 'none' | 'draft' | 'submitted' | 'approved' | 'published';
export type ActKind = 'licensing' | 'penalty' | 'coercion' | 'levy' | 'requisition' | 'inspection';

export interface RemedyFigures {
  filed: number;
  decided: number;
  upheld: number;
  corrected: number;
  dismissed: number;
  withdrawn: number;
  settled: number;
  pending: number;
}

export interface AnnualFigures {
  year: number;
  asOf: string;
  acts: { key: ActKind; name: string; nameEn: string; hasPower: boolean; count: number; rule: string }[];
  matters: { code: string; name: string; category: string; kind: ActKind; count: number }[];
  monthly: { penalty: number[]; coercion: number[]; inspection: number[] };
  fines: { decisions: number; amount: number; confiscation: number; collected: number };
  noPenaltyDecisions: number;
  hearings: { requested: number; held: number };
  reviews: { total: number; approved: number; returned: number; disagreed: number };
  reconsiderations: RemedyFigures;
  suits: RemedyFigures;
}

export interface AnnualReport {
  year: number;
  status: ReportStatus;
  version: number;
  figures: AnnualFigures | null;
  computedAt: string | null;
  computedAsOf: string | null;
  yearEnded: boolean;
  draftedByName: string | null;
  submittedAt: string | null;
  submittedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewOpinion: string | null;
  returnedReason: string | null;
  publishedAt: string | null;
  publishedOn: string | null;
  publishedByName: string | null;
  deadline: { due: string; rule: string; ruleEn: string; overdue: boolean; publishedLate: boolean };
}

const path = (year: number) => `/annual-reports/${year}`;

export const fetchReports = (signal?: AbortSignal) =>
  api.get<{ items: AnnualReport[] }>('/annual-reports', undefined, signal);
export const fetchReport = (year: number, signal?: AbortSignal) =>
  api.get<AnnualReport>(path(year), undefined, signal);
export const draftReport = (year: number, version: number) =>
  api.post<AnnualReport>(`${path(year)}/draft`, { version });
export const submitReport = (year: number, version: number) =>
  api.post<AnnualReport>(`${path(year)}/submit`, { version });
export const publishReport = (year: number, version: number) =>
  api.post<AnnualReport>(`${path(year)}/publish`, { version });
export const reviewReport = (
  year: number,
  version: number,
  decision: 'approve' | 'return',
  opinion: string,
) => api.post<AnnualReport>(`${path(year)}/review`, { version, decision, opinion });
export const exportUrl = (year: number, format: 'xlsx' | 'pdf') =>
  downloadUrl(`${path(year)}/export.${format}`);

export const REMEDY_OUTCOMES = [
  'pending',
  'upheld',
  'revoked',
  'changed',
  'confirmed-illegal',
  'ordered-to-act',
  'dismissed',
  'withdrawn',
  'settled',
] as const;
export type RemedyOutcome = (typeof REMEDY_OUTCOMES)[number];

export interface RemedyInput {
  kind: 'reconsideration' | 'suit';
  caseNo: string | null;
  decisionNo: string;
  applicant: string;
  organ: string;
  filedOn: string;
  outcome: RemedyOutcome;
  outcomeOn: string | null;
  note: string;
}
export interface Remedy extends RemedyInput {
  id: string;
  caseId: string | null;
}

export const fetchRemedies = (
  q: { page: number; pageSize: number; kind?: string; year?: number },
  signal?: AbortSignal,
) => api.get<Page<Remedy>>('/remedies', q, signal);
export const createRemedy = (input: RemedyInput) => api.post<Remedy>('/remedies', input);
export const updateRemedy = (id: string, input: RemedyInput) =>
  api.put<Remedy>(`/remedies/${encodeURIComponent(id)}`, input);
