import type { ColumnType, Generated } from 'kysely';

// Table types of 0011-evidence (devices, evidence, uploads, custody); registered in schema.ts's DB.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint columns come back as strings on both backends. */
type BigIntColumn = ColumnType<string, number | string, number | string>;

export interface DeviceTable {
  id: string;
  kind: 'body-camera' | 'handheld-terminal';
  serial: string;
  model: string;
  unit_id: string;
  status: Generated<'in-store' | 'checked-out' | 'retired'>;
  holder_person_id: string | null;
  note: Generated<string>;
  registered_by: string | null;
  registered_at: Timestamp;
}

export interface DeviceCheckoutTable {
  id: string;
  device_id: string;
  person_id: string;
  checked_out_at: Timestamp;
  checked_out_by: string | null;
  returned_at: Timestamp | null;
  returned_by: string | null;
  note: string;
}

export type EvidenceKind = 'photo' | 'audio' | 'video' | 'document';

export interface EvidenceItemTable {
  id: string;
  kind: EvidenceKind;
  title: string;
  file_name: string;
  content_type: string;
  size: BigIntColumn;
  sha256: string;
  sm3: string;
  blob_key: string;
  captured_at: Timestamp;
  place: string;
  gps_lat: number | null;
  gps_lng: number | null;
  device_id: string | null;
  officer_person_id: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
  unit_id: string;
  late: Generated<boolean>;
  late_window_hours: number;
  duplicate_of: string | null;
  note: Generated<string>;
}

export interface EvidenceLinkTable {
  id: string;
  evidence_id: string;
  case_id: string;
  stage: string;
  linked_by: string | null;
  linked_at: Timestamp;
  unlinked_by: string | null;
  unlinked_at: Timestamp | null;
  unlink_reason: string | null;
}

export interface EvidenceUploadTable {
  id: string;
  status: 'open' | 'completed' | 'aborted';
  total_size: BigIntColumn;
  received: ColumnType<string, number | string | undefined, number | string>;
  metadata: ColumnType<Record<string, unknown>, string, string>;
  file_name: string;
  content_type: string;
  unit_id: string;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  evidence_id: string | null;
}

export type CustodyAction =
  | 'ingested'
  | 'viewed'
  | 'played'
  | 'downloaded'
  | 'exported'
  | 'linked'
  | 'unlinked';

export interface CustodyEventTable {
  seq: Generated<string>;
  id: string;
  evidence_id: string;
  action: CustodyAction;
  case_id: string | null;
  stage: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_unit_id: string | null;
  ip: string;
  at: Timestamp;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface EvidenceTables {
  devices: DeviceTable;
  device_checkouts: DeviceCheckoutTable;
  evidence_items: EvidenceItemTable;
  evidence_links: EvidenceLinkTable;
  evidence_uploads: EvidenceUploadTable;
  custody_events: CustodyEventTable;
}
