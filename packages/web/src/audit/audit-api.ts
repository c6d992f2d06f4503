import { api } from '../api/client';
import type { Page } from '../api/pagination';

export type AuditKind = 'write' | 'read' | 'auth';
export type AuditOutcome = 'success' | 'failure';
export const AUDIT_KINDS: readonly AuditKind[] = ['write', 'read', 'auth'];
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'failure'];

export interface AuditChange {
  before: unknown;
  after: unknown;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  unitName: string | null;
  ip: string;
  userAgent: string;
  operation: string;
  operationName: string;
  targetType: string;
  targetId: string;
  changes: Record<string, AuditChange> | null;
  reason: string | null;
  outcome: AuditOutcome;
  kind: AuditKind;
  hash: string;
  prevHash: string;
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  actor?: string;
  operation?: string;
  targetType?: string;
  targetId?: string;
  kind?: AuditKind;
  outcome?: AuditOutcome;
}

export interface AuditOperation {
  code: string;
  name: string;
  nameEn: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
}

export const fetchAuditEvents = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<Page<AuditEvent>>('/audit/events', { ...query }, signal);

export const fetchAuditOperations = (signal?: AbortSignal) =>
  api.get<{ items: AuditOperation[] }>('/audit/operations', undefined, signal);

export const verifyAuditChain = () => api.get<AuditVerification>('/audit/verify');
