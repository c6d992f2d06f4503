import type { Generated, Insertable, Selectable } from 'kysely';

// Tables of 0009-legal-review (review/).

export interface ReviewCatalogueVersionTable {
  id: string;
  version: number;
  catalogue: unknown;
  time_limits: unknown;
  note: string;
  published_by: string | null;
  published_at: Generated<Date>;
}

export interface ReviewerQualificationTable {
  id: string;
  user_id: string;
  unit_id: string;
  level: 'brigade' | 'bureau';
  certificate_no: string;
  certificate_date: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

export type ReviewStatus = 'pending' | 'agreed' | 'returned' | 'disagreed' | 'superseded';

export interface ReviewRequestTable {
  id: string;
  case_id: string;
  round: number;
  level: 'brigade' | 'bureau';
  case_stage: string;
  status: Generated<ReviewStatus>;
  materials: unknown;
  route: unknown;
  draft_digest: string;
  catalogue_version: number;
  submitted_by: string;
  submitted_on: string;
  submitted_at: Generated<Date>;
  reviewer_id: string | null;
  assigned_by: string | null;
  assigned_at: Date | null;
  limit_days: number;
  extra_days: Generated<number>;
  extension_approved_by: string | null;
  extension_reason: string | null;
  items: unknown | null;
  opinion: 'agree' | 'return' | 'disagree' | null;
  opinion_text: string | null;
  concluded_on: string | null;
  concluded_at: Date | null;
}

export interface ReviewDiscussionTable {
  id: string;
  case_id: string;
  request_id: string;
  held_on: string;
  chair: string;
  participants: unknown;
  summary: string;
  conclusion: 'uphold' | 'revise';
  recorded_by: string;
  created_at: Generated<Date>;
}

export interface ReviewTables {
  review_catalogue_versions: ReviewCatalogueVersionTable;
  reviewer_qualifications: ReviewerQualificationTable;
  review_requests: ReviewRequestTable;
  review_discussions: ReviewDiscussionTable;
}

export type ReviewRequestRow = Selectable<ReviewRequestTable>;
export type NewReviewRequest = Insertable<ReviewRequestTable>;
