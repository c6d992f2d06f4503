import type { ColumnType, Generated } from 'kysely';

// Table types of 0014-publicity-reports (service windows, annual reports, reconsideration and suit
// register); registered in schema.ts's DB. The certificate's public_token is typed on its table there.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface WindowMaterial {
  name: string;
  required: boolean;
  /** The filled-in example (示范文本) shown on the board. */
  sample: string;
}

export interface ServiceWindowTable {
  id: string;
  code: string;
  name: string;
  post: string;
  location: string;
  hours: string;
  duties: Json<string[]>;
  matters: Json<string[]>;
  materials: Json<WindowMaterial[]>;
  consultation_phone: string;
  consultation_note: Generated<string>;
  complaints: Json<{ channel: string; contact: string }[]>;
  active: Generated<boolean>;
  sort: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type AnnualReportStatus = 'draft' | 'submitted' | 'approved' | 'published';

export interface AnnualReportTable {
  year: number;
  status: AnnualReportStatus;
  /** The AnnualFigures of annual-report/figures.ts. */
  figures: Json<Record<string, unknown>>;
  computed_at: Timestamp;
  computed_as_of: string;
  version: Generated<number>;
  drafted_by: string | null;
  drafted_by_name: string;
  submitted_by: string | null;
  submitted_at: Timestamp | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Timestamp | null;
  review_opinion: string | null;
  returned_reason: string | null;
  published_by: string | null;
  published_at: Timestamp | null;
  published_on: string | null;
}

export type RemedyKind = 'reconsideration' | 'suit';
export type RemedyOutcome =
  | 'pending'
  | 'upheld'
  | 'revoked'
  | 'changed'
  | 'confirmed-illegal'
  | 'ordered-to-act'
  | 'dismissed'
  | 'withdrawn'
  | 'settled';

export interface RemedyCaseTable {
  id: string;
  kind: RemedyKind;
  case_id: string | null;
  decision_no: string;
  applicant: string;
  organ: string;
  filed_on: string;
  outcome: RemedyOutcome;
  outcome_on: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PublicityReportTables {
  service_windows: ServiceWindowTable;
  annual_reports: AnnualReportTable;
  remedy_cases: RemedyCaseTable;
}
