import type { AuditChanges } from '../db/schema.js';
import { canonicalJson, digest, type HashAlgorithm } from './hash.js';

/** The fields of an audit event that its hash covers (everything but the database sequence number). */
export interface AuditRecord {
  id: string;
  at: Date;
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
  changes: AuditChanges | null;
  reason: string | null;
  prev_hash: string;
}

// Each event's hash covers its predecessor's hash, so removing or editing any row breaks every later link.
export function hashAuditRecord(algorithm: HashAlgorithm, record: AuditRecord): string {
  return digest(algorithm, canonicalJson({ ...record, at: record.at.toISOString() }));
}
