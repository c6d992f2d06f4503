import { adminMessages } from './messages/admin';
import { auditMessages } from './messages/audit';
import { authMessages } from './messages/auth';
import { calendarMessages } from './messages/calendar';
import { caseFileMessages } from './messages/case-file';
import { caseFormMessages } from './messages/case-forms';
import { casesMessages } from './messages/cases';
import { catalogMessages } from './messages/catalog';
import { commonMessages } from './messages/common';
import { dashboardMessages } from './messages/dashboard';
import { evidenceMessages } from './messages/evidence';
import { lawsMessages } from './messages/laws';
import { layoutMessages } from './messages/layout';
import { peopleMessages } from './messages/people';
import { profileMessages } from './messages/profile';
import { publicityMessages } from './messages/publicity';
import { publicityReportsMessages } from './messages/publicity-reports';
import { reviewMessages } from './messages/review';
import { rulesMessages } from './messages/rules';
import { unitsMessages } from './messages/units';

export type { Lang } from './lang';

import type { Lang } from './lang';

/**
 * Every UI string, each entry a [Chinese, English] pair so that a missing translation is a type error and
 * not a blank button. Parameters are written {name} and filled by `translate`.
 */
export const DICTIONARY = {
  ...commonMessages,
  ...layoutMessages,
  ...authMessages,
  ...dashboardMessages,
  ...peopleMessages,
  ...unitsMessages,
  ...adminMessages,
  ...auditMessages,
  ...calendarMessages,
  ...profileMessages,
  ...lawsMessages,
  ...catalogMessages,
  ...rulesMessages,
  ...reviewMessages,
  ...casesMessages,
  ...caseFormMessages,
  ...publicityMessages,
  ...publicityReportsMessages,
  ...evidenceMessages,
  ...caseFileMessages,
} as const;

export type MessageKey = keyof typeof DICTIONARY;
export type MessageVars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const pair = DICTIONARY[key] as readonly [string, string];
  const template = lang === 'en' ? pair[1] : pair[0];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The placeholder names a template uses, for checking that both languages ask for the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
