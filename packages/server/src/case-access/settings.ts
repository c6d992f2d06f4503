import { DEFAULT_GRANT_HOURS, MAX_GRANT_HOURS } from '@sanxiang/core';
import type { Tx } from '../context.js';

// how long an approved cross-unit read stays valid is the bureau's choice (configuration with a
// default): meta key 'case-access.settings' = {defaultHours, maxHours}.

export const CASE_ACCESS_SETTINGS_KEY = 'case-access.settings';

export interface CaseAccessSettings {
  defaultHours: number;
  maxHours: number;
}

export async function loadCaseAccessSettings(db: Tx): Promise<CaseAccessSettings> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', CASE_ACCESS_SETTINGS_KEY)
    .executeTakeFirst();
  const v = (
    typeof row?.value === 'string' ? JSON.parse(row.value) : (row?.value ?? {})
  ) as Partial<CaseAccessSettings>;
  const maxHours = v.maxHours ?? MAX_GRANT_HOURS;
  return { defaultHours: Math.min(v.defaultHours ?? DEFAULT_GRANT_HOURS, maxHours), maxHours };
}
