import type { ColumnType, Generated } from 'kysely';

// 0010-transparency-log: the verifiable log and the shared background job table.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TransparencySettingsTable {
  id: Generated<boolean>;
  algorithm: 'sm3' | 'sha256';
  created_at: Generated<Date>;
}

export interface TransparencyLeafTable {
  /** bigint as string (int8 parser). */
  leaf_index: ColumnType<string, string | number, never>;
  audit_seq: ColumnType<string, string | number, never>;
  leaf_hash: string;
}

export interface TransparencyNodeTable {
  level: number;
  node_index: ColumnType<string, string | number, never>;
  hash: string;
}

export interface TransparencyKeyTable {
  id: string;
  algorithm: 'SM2';
  public_key: string;
  private_key: string;
  created_at: Generated<Date>;
  retired_at: Timestamp | null;
}

export interface TransparencyTreeHeadTable {
  id: Generated<string>;
  tree_size: ColumnType<string, string | number, never>;
  root_hash: string;
  algorithm: 'sm3' | 'sha256';
  signed_at: Timestamp;
  key_id: string;
  signature: string;
  trigger: 'schedule' | 'request' | 'seed';
}

export interface ScheduledJobTable {
  name: string;
  schedule: string;
  next_run_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  last_started_at: Timestamp | null;
  last_finished_at: Timestamp | null;
  last_status: 'ok' | 'failed' | null;
  last_result: string | null;
  last_error: string | null;
  runs: Generated<number>;
  failures: Generated<number>;
}

export interface TransparencyTables {
  transparency_settings: TransparencySettingsTable;
  transparency_leaves: TransparencyLeafTable;
  transparency_nodes: TransparencyNodeTable;
  transparency_keys: TransparencyKeyTable;
  transparency_tree_heads: TransparencyTreeHeadTable;
  scheduled_jobs: ScheduledJobTable;
}
