import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';

// I-01: the bureau's own rules register (GET/POST/PUT /rules…).

export const RULE_KINDS = ['measure', 'list', 'flowchart', 'standard', 'other'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const RULE_STATUSES = ['pending', 'drafted', 'filed'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export interface Rule {
  id: string;
  title: string;
  kind: RuleKind;
  /** Clause IDs of the requirements: P-01, R-05, L-03, I-01… */
  requirementIds: string[];
  dueDate: string;
  status: RuleStatus;
  filingNumber: string | null;
  filedAt: string | null;
  attachment: { name: string; size: number; sha256: string } | null;
  /** The due date has passed and the rule is not filed. */
  overdue: boolean;
}

export interface RuleInput {
  title: string;
  kind: RuleKind;
  requirementIds: string[];
  dueDate: string;
  status?: Exclude<RuleStatus, 'filed'>;
}

export interface RulesQuery {
  page: number;
  pageSize: number;
  q?: string;
  status?: RuleStatus;
  overdue?: boolean;
}

/** What a rule's document may be, as the server accepts it. */
export const RULE_ATTACHMENT_TYPES = ['.pdf', '.docx', '.doc', '.wps', '.ofd', '.jpg', '.jpeg', '.png'];
export const RULE_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const REQUIREMENT_ID_PATTERN = /^[PRLI]-\d{2}$/;

const rulePath = (id: string) => `/rules/${encodeURIComponent(id)}`;

export const fetchRules = (query: RulesQuery, signal?: AbortSignal) =>
  api.get<Page<Rule>>('/rules', { ...query }, signal);

export const createRule = (body: RuleInput) => api.post<{ rule: Rule }>('/rules', body);

export const updateRule = (id: string, body: RuleInput) => api.put<{ rule: Rule }>(rulePath(id), body);

export function uploadRuleAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<{ rule: Rule }>(`${rulePath(id)}/attachment`, form);
}

export const fileRule = (id: string, body: { filingNumber: string; filedAt: string }) =>
  api.post<{ rule: Rule }>(`${rulePath(id)}/file`, body);

export const ruleAttachmentUrl = (id: string) => downloadUrl(`${rulePath(id)}/attachment`);

/** The statuses a form may choose: 'filed' is reached only by recording the filing; a filed rule may be revised. */
export function editableStatuses(current: RuleStatus | undefined): Exclude<RuleStatus, 'filed'>[] {
  if (current === 'filed') return ['drafted'];
  return ['pending', 'drafted'];
}

/** How soon a rule is due, for colouring the date: overdue (red), due within `soonDays` (orange), or fine. */
export function dueState(
  rule: Pick<Rule, 'status' | 'dueDate' | 'overdue'>,
  today: string,
  soonDays = 30,
): 'overdue' | 'soon' | 'ok' {
  if (rule.overdue) return 'overdue';
  if (rule.status === 'filed') return 'ok';
  const days = (Date.parse(`${rule.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days <= soonDays ? 'soon' : 'ok';
}

/** 1.2 MB / 340 KB / 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
