import { api } from '../api/client';

// Legal review (L-01 … L-04): docs/contracts/review-api.md.

export type ReviewLevel = 'brigade' | 'bureau';
export type ReviewStatus = 'pending' | 'agreed' | 'returned' | 'disagreed' | 'superseded';
export type Finding = 'ok' | 'problem' | 'not-applicable';
export type Opinion = 'agree' | 'return' | 'disagree';

export interface ReviewRound {
  id: string;
  caseId: string;
  round: number;
  level: ReviewLevel;
  levelName: string;
  status: ReviewStatus;
  materials: {
    recommendation?: string | null;
    evidence?: string[];
    documents?: string[];
    note?: string | null;
  };
  route: { levels: ReviewLevel[]; explanation: { zh: string; en: string } };
  submitterName: string | null;
  submittedOn: string;
  reviewerId: string | null;
  reviewerName: string | null;
  limitDays: number;
  extraDays: number;
  items: { code: string; finding: Finding; comment: string }[] | null;
  opinion: Opinion | null;
  opinionText: string | null;
  concludedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  overdue: boolean;
}

export interface InboxItem extends ReviewRound {
  caseNo: string | null;
  summary: string;
  unitName: string;
}

export interface Inbox {
  total: number;
  overdue: number;
  page: number;
  pageSize: number;
  items: InboxItem[];
}

export interface CaseReview {
  caseId: string;
  caseNo: string | null;
  stage: string;
  inReview: boolean;
  catalogueVersion: number;
  route: {
    levels: ReviewLevel[];
    reasons: { code: string; level: ReviewLevel; zh: string; en: string }[];
    explanation: { zh: string; en: string };
  };
  materials: {
    issuedDocuments: string[];
    missingOnCase: { code: string; zh: string; en: string }[];
    hearingHeld: boolean;
  };
  gate: { levels: { level: ReviewLevel; passed: boolean }[]; passed: boolean };
  rounds: ReviewRound[];
  discussions: {
    id: string;
    requestId: string;
    heldOn: string;
    chair: string;
    participants: string[];
    summary: string;
    conclusion: 'uphold' | 'revise';
  }[];
}

export interface FigureRow {
  key: string;
  name: string;
  reviews: number;
  agreed: number;
  returned: number;
  disagreed: number;
  passRate: number | null;
  averageDays: number | null;
  pending: number;
  overdue: number;
  returnsByReason: Record<string, number>;
}

export interface Figures {
  from: string;
  to: string;
  total: FigureRow;
  byReviewer: FigureRow[];
  byUnit: FigureRow[];
}

export const fetchInbox = (
  q: { view?: 'mine' | 'all'; overdue?: boolean; page: number; pageSize: number },
  signal?: AbortSignal,
) =>
  api.get<Inbox>(
    '/reviews/inbox',
    {
      view: q.view,
      overdue: q.overdue === undefined ? undefined : String(q.overdue),
      page: q.page,
      pageSize: q.pageSize,
    },
    signal,
  );

export const fetchCaseReview = (caseId: string, signal?: AbortSignal) =>
  api.get<CaseReview>(`/cases/${encodeURIComponent(caseId)}/review`, undefined, signal);

export const submitForReview = (
  caseId: string,
  body: { recommendation: string; evidence: string[]; note?: string },
) => api.post<{ id: string; round: number }>(`/cases/${encodeURIComponent(caseId)}/review/submissions`, body);

export const giveOpinion = (
  id: string,
  body: { items: { code: string; finding: Finding; comment: string }[]; opinion: Opinion; text: string },
) => api.post<ReviewRound>(`/reviews/${encodeURIComponent(id)}/opinion`, body);

export const fetchFigures = (q: { from: string; to: string }, signal?: AbortSignal) =>
  api.get<Figures>('/reviews/figures', q, signal);

export const extendReview = (id: string, reason: string) =>
  api.post<{ id: string; extraDays: number }>(`/reviews/${encodeURIComponent(id)}/extension`, { reason });

export const recordDiscussion = (
  id: string,
  body: {
    heldOn: string;
    chair: string;
    participants: string[];
    summary: string;
    conclusion: 'uphold' | 'revise';
  },
) => api.post<{ id: string }>(`/reviews/${encodeURIComponent(id)}/discussion`, body);
