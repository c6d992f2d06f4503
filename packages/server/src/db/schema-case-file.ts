import type { ColumnType } from 'kysely';

// Table types of 0012-case-file-access (recording exemptions, sealed case files and amendments, cross-unit
// read requests); registered in schema.ts's DB.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RecordingExemptionTable {
  id: string;
  case_id: string;
  stage: string;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  requested_by: string;
  requested_by_name: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  opinion: string | null;
}

export interface CaseFileManifestEntry {
  section: 'cover' | 'contents' | 'documents' | 'evidence' | 'note';
  title: string;
  number: string | null;
  stage: string | null;
  /** First page of the entry in the sealed PDF (1-based). */
  page: number;
  /** The original file kept beside the PDF, if any. */
  file: { name: string; key: string; size: number; sha256: string; sm3: string } | null;
}

export interface CaseFileTable {
  id: string;
  case_id: string;
  version: number;
  status: 'sealed' | 'superseded';
  pdf_key: string;
  pdf_size: number;
  pdf_sha256: string;
  pdf_sm3: string;
  page_count: number;
  manifest: ColumnType<CaseFileManifestEntry[], string, string>;
  sealed_at: Timestamp;
  sealed_by: string | null;
  sealed_by_name: string;
  amendment_id: string | null;
}

export interface CaseFileAmendmentTable {
  id: string;
  case_id: string;
  case_file_id: string;
  reason: string;
  status: 'pending' | 'approved' | 'denied';
  requested_by: string;
  requested_by_name: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  opinion: string | null;
  new_file_id: string | null;
}

export interface CaseAccessRequestTable {
  id: string;
  case_id: string;
  case_unit_id: string;
  requester_id: string;
  requester_name: string;
  requester_unit_id: string | null;
  reason: string;
  hours: number;
  status: 'pending' | 'approved' | 'denied' | 'revoked';
  requested_at: Timestamp;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Timestamp | null;
  opinion: string | null;
  valid_from: Timestamp | null;
  valid_until: Timestamp | null;
}

export interface CaseFileAccessTables {
  recording_exemptions: RecordingExemptionTable;
  case_files: CaseFileTable;
  case_file_amendments: CaseFileAmendmentTable;
  case_access_requests: CaseAccessRequestTable;
}
