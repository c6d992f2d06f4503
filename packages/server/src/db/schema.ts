import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CaseFileAccessTables } from './schema-case-file.js';
import type { EvidenceTables } from './schema-evidence.js';
import type { PublicityTables } from './schema-publicity.js';
import type { PublicityReportTables } from './schema-publicity-reports.js';
import type { ReviewTables } from './schema-review.js';
import type { TransparencyTables } from './schema-transparency.js';

// Kysely table types. Dates ('date' columns) come back as 'YYYY-MM-DD' strings on both backends
// (type parsers set in open-database.ts); timestamps as Date.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;
type NullableJson<T extends object> = ColumnType<T | null, string | null | undefined, string | null>;

export interface MetaTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

export interface UnitTable {
  id: string;
  parent_id: string | null;
  name: string;
  short_name: string;
  kind: string;
  duties: string;
  address: string;
  phone: string;
  sort: number;
}

export interface PersonTable {
  id: string;
  name: string;
  gender: 'male' | 'female';
  unit_id: string;
  position: string;
  phone: string;
  employee_no: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EnforcementCertificateTable {
  id: string;
  person_id: string;
  number: string;
  issuer: string;
  scope: string;
  valid_from: string;
  valid_to: string;
  revoked_at: Date | null;
  revoked_reason: string | null;
  /** 0014: the unguessable token the certificate's QR code carries (P-07). */
  public_token: Generated<string>;
}

export interface LegalQualificationTable {
  id: string;
  person_id: string;
  number: string;
  kind: string;
  issued_on: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  unit_id: string;
  person_id: string | null;
  password_hash: string;
  password_history: Json<string[]>;
  password_changed_at: Timestamp | null;
  must_change_password: boolean;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  disabled_at: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface RolePolicyTable {
  role: string;
  totp_required: boolean;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  ip: string;
  user_agent: string;
}

export interface CalendarDayTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  updated_at: Generated<Date>;
}

export interface CalendarYearTable {
  year: number;
  covered: boolean;
  updated_at: Generated<Date>;
}

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEventTable {
  seq: Generated<string>;
  id: string;
  at: Timestamp;
  kind: 'write' | 'read' | 'auth';
  operation: string;
  outcome: 'success' | 'failure';
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  actor_unit_id: string | null;
  actor_unit_name: string | null;
  ip: string | null;
  user_agent: string | null;
  target_type: string | null;
  target_id: string | null;
  changes: ColumnType<AuditChanges | null, string | null, never>;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface LawTable {
  /** The statute file's slug. */
  id: string;
  title: string;
  version_notes: Json<string[]>;
  effective_date: string | null;
  source_hash: string;
  article_count: number;
  loaded_at: Generated<Date>;
}

export interface LawArticleTable {
  law_id: string;
  number: number;
  suffix: Generated<string>;
  position: number;
  label: string;
  chapter: string | null;
  text: string;
  /** tsvector, written as sql`to_tsvector(…)`; only ever matched against, not read. */
  search: string;
}

// P-03/P-04: versioned catalogues. Items of a version that has left 'draft' are frozen by a trigger.
export type CatalogKind = 'matters' | 'inspections';
export type CatalogStatus = 'draft' | 'submitted' | 'approved' | 'filed';

export interface CatalogVersionTable {
  id: string;
  kind: CatalogKind;
  version_no: number;
  title: string;
  note: Generated<string>;
  status: CatalogStatus;
  created_by: string;
  created_at: Generated<Date>;
  submitted_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  return_reason: string | null;
  filing_number: string | null;
  filing_date: string | null;
  filing_document_name: string | null;
  filing_document_sha256: string | null;
  filing_document: Uint8Array | null;
  filed_at: Timestamp | null;
}

/** jsonb columns hold the API shapes of catalog/schemas.ts (bases, discretion tiers, guide). */
export interface MatterItemTable {
  version_id: string;
  code: string;
  name: string;
  category: string;
  acting_body: string;
  duties: string;
  authority: string;
  bases: Json<unknown[]>;
  penalty_kinds: Json<string[]>;
  discretion: Json<unknown[]>;
  hearing_applicable: boolean;
  procedure: string;
  remedies: string;
  responsible_unit_id: string;
  guide: Json<Record<string, string>>;
}

export interface InspectionItemTable {
  version_id: string;
  code: string;
  subject: string;
  basis: string;
  bases: Json<unknown[]>;
  object: string;
  content: string;
  /** numeric(5,2): read back as a string on both backends. */
  ratio: ColumnType<string, number | string, number | string>;
  method: string;
  frequency: string;
}

// I-01: the bureau's own rules register (rules/), and Excel import progress (catalog/import-*.ts).
export interface BureauRuleTable {
  id: string;
  title: string;
  kind: 'measure' | 'list' | 'flowchart' | 'standard' | 'other';
  requirement_ids: Json<string[]>;
  due_date: string;
  status: 'pending' | 'drafted' | 'filed';
  filing_number: string | null;
  filed_at: string | null;
  previous_filings: Json<{ filingNumber: string; filedAt: string }[]>;
  attachment_name: string | null;
  attachment_size: number | null;
  attachment_sha256: string | null;
  attachment_sm3: string | null;
  attachment_key: string | null;
  attachment_content_type: string | null;
  attachment_uploaded_at: Timestamp | null;
  sort: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
  reasonEn: string;
}

export interface ImportJobTable {
  id: string;
  kind: 'matters' | 'inspections';
  version_id: string;
  status: 'running' | 'succeeded' | 'failed';
  processed: Generated<number>;
  total: Generated<number>;
  imported: Generated<number>;
  problems: Json<ImportProblem[]>;
  workbook_name: string;
  workbook_size: number;
  workbook_sha256: string;
  workbook_sm3: string;
  workbook_key: string;
  created_by: string;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

// Case handling (0005-cases): jsonb columns hold the shapes of cases/types.ts.
export interface CaseNumberSequenceTable {
  kind: 'source' | 'filing';
  year: number;
  next: number;
}

export type CaseStatus = 'open' | 'closed' | 'archived';

export interface CaseTable {
  id: string;
  source_no: string;
  case_no: string | null;
  query_code: string;
  procedure: 'simple' | 'general' | 'seizure' | 'demolition' | 'inspection';
  stage: string;
  status: Generated<CaseStatus>;
  unit_id: string;
  source: 'patrol' | 'complaint' | 'hotline-12345' | 'digital-cityops' | 'transfer' | 'inspection';
  source_ref: string | null;
  summary: string;
  place: string;
  occurred_on: string;
  discovered_on: string;
  filed_on: string | null;
  matter_code: string | null;
  matter_version_id: string | null;
  circumstances: string | null;
  proposed_penalty: NullableJson<Record<string, unknown>>;
  notified_penalty: NullableJson<Record<string, unknown>>;
  penalty_after_defence: NullableJson<Record<string, unknown>>;
  decision: NullableJson<Record<string, unknown>>;
  flags: ColumnType<Record<string, unknown>, string | undefined, string>;
  milestones: ColumnType<Record<string, string>, string | undefined, string>;
  version: Generated<number>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CasePartyTable {
  id: string;
  case_id: string;
  kind: 'person' | 'organisation';
  name: string;
  id_number: string | null;
  birth_date: string | null;
  minor: Generated<boolean>;
  credit_code: string | null;
  credit_code_override: NullableJson<Record<string, unknown>>;
  legal_representative: string | null;
  address: Generated<string>;
  phone: Generated<string>;
  sort: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CaseOfficerTable {
  case_id: string;
  person_id: string;
  role: 'lead' | 'assist';
  assigned_at: Timestamp;
  assigned_by: string | null;
  recusal_requested_at: Timestamp | null;
  recusal_request_reason: string | null;
  recusal_decision: 'recused' | 'rejected' | null;
  recusal_decided_by: string | null;
  recused_at: Timestamp | null;
  recusal_reason: string | null;
}

export interface CaseEventTable {
  seq: Generated<string>;
  id: string;
  case_id: string;
  action: string;
  from_stage: string | null;
  to_stage: string | null;
  actor_id: string | null;
  actor_name: string | null;
  at: Timestamp;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  reason: string | null;
}

export interface CaseDeadlineTable {
  id: string;
  case_id: string;
  kind: string;
  stage: string;
  limit_kind: 'deadline' | 'wait';
  from_date: string;
  days: number;
  unit: 'working' | 'calendar';
  rule: string;
  suspensions: ColumnType<StoredSuspension[], string | undefined, string>;
  extensions: ColumnType<StoredExtension[], string | undefined, string>;
  status: Generated<'running' | 'met' | 'stopped'>;
  ended_on: string | null;
  /** Cache of the computed due date (migration 0008, cases/store-due-dates.ts); null while suspended. */
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Generated<Date>;
}

export interface StoredSuspension {
  from: string;
  /** Absent while the suspension is open (not yet resumed). */
  to?: string;
  reason: string;
  approvedBy: string;
  approvedAt: string;
  resumedBy?: string;
}

export interface StoredExtension {
  days: number;
  reason: string;
  approvedBy: string;
  approvedAt: string;
}

export interface CaseReviewTable {
  id: string;
  case_id: string;
  level: 'brigade' | 'bureau';
  outcome: 'approved' | 'returned' | 'disagreed';
  draft_digest: string;
  opinion: string;
  reviewer_id: string;
  reviewer_name: string;
  created_at: Generated<Date>;
}

// The documents of a case (0006-documents): documents/document-model.ts is the shape of `content`.
export interface DocumentSequenceTable {
  organ: string;
  kind: string;
  year: number;
  next: number;
}

export interface CaseDocumentTable {
  id: string;
  case_id: string;
  kind: string;
  status: 'draft' | 'issued';
  title: string;
  content: ColumnType<Record<string, unknown>, string, string>;
  input: ColumnType<Record<string, unknown>, string | undefined, string>;
  number: string | null;
  year: number | null;
  serial: number | null;
  pdf_key: string | null;
  pdf_size: number | null;
  pdf_sha256: string | null;
  pdf_sm3: string | null;
  docx_key: string | null;
  docx_size: number | null;
  docx_sha256: string | null;
  docx_sm3: string | null;
  drafted_by: string | null;
  drafted_at: Generated<Date>;
  issued_by: string | null;
  issued_at: Timestamp | null;
  issued_on: string | null;
  voided_by: string | null;
  voided_at: Timestamp | null;
  void_reason: string | null;
  replaced_by: string | null;
  replaces: string | null;
}

// 0011-evidence's tables are typed in schema-evidence.ts.
// 0010-transparency-log's tables are typed in schema-transparency.ts.
// 0013-publicity's tables are typed in schema-publicity.ts.
export interface DB
  extends EvidenceTables,
    TransparencyTables,
    CaseFileAccessTables,
    PublicityTables,
    PublicityReportTables,
    ReviewTables {
  meta: MetaTable;
  units: UnitTable;
  people: PersonTable;
  enforcement_certificates: EnforcementCertificateTable;
  legal_qualifications: LegalQualificationTable;
  users: UserTable;
  user_roles: UserRoleTable;
  role_policies: RolePolicyTable;
  sessions: SessionTable;
  calendar_days: CalendarDayTable;
  calendar_years: CalendarYearTable;
  audit_events: AuditEventTable;
  catalog_versions: CatalogVersionTable;
  matter_items: MatterItemTable;
  inspection_items: InspectionItemTable;
  laws: LawTable;
  law_articles: LawArticleTable;
  bureau_rules: BureauRuleTable;
  import_jobs: ImportJobTable;
  case_number_sequences: CaseNumberSequenceTable;
  cases: CaseTable;
  case_parties: CasePartyTable;
  case_officers: CaseOfficerTable;
  case_events: CaseEventTable;
  case_deadlines: CaseDeadlineTable;
  case_reviews: CaseReviewTable;
  document_sequences: DocumentSequenceTable;
  case_documents: CaseDocumentTable;
}
