import type { MessageKey } from '../i18n/dictionary';
import type { RuleKind, RuleStatus } from './rules-api';

export const RULE_KIND_LABEL: Record<RuleKind, MessageKey> = {
  measure: 'rules.kind.measure',
  list: 'rules.kind.list',
  flowchart: 'rules.kind.flowchart',
  standard: 'rules.kind.standard',
  other: 'rules.kind.other',
};

export const RULE_STATUS_LABEL: Record<RuleStatus, MessageKey> = {
  pending: 'rules.status.pending',
  drafted: 'rules.status.drafted',
  filed: 'rules.status.filed',
};

export const RULE_STATUS_COLOR: Record<RuleStatus, string> = {
  pending: 'default',
  drafted: 'blue',
  filed: 'success',
};
