import { PROCEDURES } from '@sanxiang/core';
import type { MessageKey } from '../i18n/dictionary';
import type { CaseProcedure, CaseSource } from './cases-api';

export const SOURCE_LABEL: Record<CaseSource, MessageKey> = {
  patrol: 'cases.source.patrol',
  complaint: 'cases.source.complaint',
  'hotline-12345': 'cases.source.hotline-12345',
  'digital-cityops': 'cases.source.digital-cityops',
  transfer: 'cases.source.transfer',
  inspection: 'cases.source.inspection',
};

export const STATUS_LABEL: Record<'open' | 'closed' | 'archived', MessageKey> = {
  open: 'cases.status.open',
  closed: 'cases.status.closed',
  archived: 'cases.status.archived',
};

/** The procedure's name in the user's language, from core (the server sends only the Chinese one). */
export function procedureName(code: CaseProcedure, lang: 'zh-CN' | 'en'): string {
  const p = PROCEDURES[code];
  return p ? (lang === 'en' ? p.nameEn : p.name) : code;
}

/** A stage's name in the user's language. */
export function stageName(procedure: CaseProcedure, stage: string, lang: 'zh-CN' | 'en', fallback: string) {
  const s = PROCEDURES[procedure]?.stages.find((x) => x.code === stage);
  if (!s) return fallback;
  return lang === 'en' ? s.nameEn : s.name;
}

/** Stage options for the list filter: every stage of the chosen procedure, or of all procedures. */
export function stageOptions(procedure: CaseProcedure | undefined, lang: 'zh-CN' | 'en') {
  const seen = new Map<string, string>();
  const procs = procedure ? [PROCEDURES[procedure]] : Object.values(PROCEDURES);
  for (const p of procs) {
    for (const s of p.stages) if (!seen.has(s.code)) seen.set(s.code, lang === 'en' ? s.nameEn : s.name);
  }
  return [...seen.entries()].map(([value, label]) => ({ value, label }));
}

export const stageColor = (status: string) =>
  status === 'closed' ? 'green' : status === 'archived' ? 'default' : 'processing';
