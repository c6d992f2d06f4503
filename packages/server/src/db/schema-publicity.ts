import type { RedactionKind } from '@sanxiang/core';
import type { ColumnType, Generated } from 'kysely';

// Table types of 0013-publicity; registered in schema.ts's DB.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonArray<T> = ColumnType<T[], string | undefined, string>;

export interface StoredRedaction {
  kind: RedactionKind;
  start: number;
  end: number;
  text: string;
  /** 'auto': proposed by the finder; 'manual': added by the publicity officer. */
  origin: 'auto' | 'manual';
}

export interface PublicationTable {
  id: string;
  kind: 'penalty-decision' | 'inspection-result';
  case_id: string;
  public_id: string | null;
  status: 'draft' | 'published' | 'withdrawn' | 'taken-down' | 'barred';
  title: string;
  source_ref: string;
  party_name: Generated<string>;
  party_type: 'person' | 'organisation' | null;
  source_text: string;
  redactions: JsonArray<StoredRedaction>;
  suggested: JsonArray<StoredRedaction>;
  barred_reason: string | null;
  triggered_on: string;
  current_version: Generated<number>;
  published_on: string | null;
  public_until: string | null;
  withdrawal_due_from: string | null;
  withdrawal_reason: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  taken_down_at: Timestamp | null;
  search_vector: ColumnType<string | null, never, never>;
  reviewed_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PublicationVersionTable {
  publication_id: string;
  version: number;
  title: string;
  body: string;
  redactions: ColumnType<StoredRedaction[], string, never>;
  reason: string | null;
  published_at: Generated<Date>;
  published_by: string | null;
}

export interface PublicationCorrectionTable {
  id: string;
  publication_id: string;
  ticket: string;
  requester_name: string;
  requester_contact: string;
  content: string;
  filed_on: string;
  status: 'open' | 'accepted' | 'rejected';
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  version_published: number | null;
  created_at: Generated<Date>;
}

export interface DecisionRevocationTable {
  id: string;
  case_id: string;
  kind: 'revoked' | 'changed';
  decided_on: string;
  reason: string;
  recorded_by: string;
  created_at: Generated<Date>;
}

export interface PublicityTables {
  publications: PublicationTable;
  publication_versions: PublicationVersionTable;
  publication_corrections: PublicationCorrectionTable;
  decision_revocations: DecisionRevocationTable;
}
