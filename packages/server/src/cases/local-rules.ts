import type { ReviewCatalogue } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { loadCatalogueInForce } from '../review/catalogue.js';

// Figures the statutes leave to the bureau (DOMAIN.md: local figures are configuration with a default,
// never constants). Stored as one JSON object under the meta key below; anything absent takes the default.

export const LOCAL_RULES_KEY = 'cases.local-rules';

export interface LocalRules {
  /** "较大数额" fines that give the party a right to a hearing (行政处罚法 art. 63), yuan, strictly above. */
  hearingFine: { person: number; organisation: number };
  /** Legal review time limits in working days (configKey of core's time limits). */
  reviewDays: { 'legal-review.brigade-days': number; 'legal-review.bureau-days': number };
  /** A running deadline this many calendar days or fewer from its due date is "due soon". */
  dueSoonDays: number;
  /** 夜间 for 行政强制法 art. 43, hours in China time: from `start` o'clock to `end` o'clock next morning. */
  night: { start: number; end: number };
  /** The major-decision catalogue in force (review/, L-03): which cases the bureau section reviews too. */
  reviewCatalogue?: ReviewCatalogue;
}

export const DEFAULT_LOCAL_RULES: LocalRules = {
  hearingFine: { person: 5_000, organisation: 50_000 },
  reviewDays: { 'legal-review.brigade-days': 7, 'legal-review.bureau-days': 7 },
  dueSoonDays: 3,
  night: { start: 22, end: 6 },
};

export async function loadLocalRules(db: Tx): Promise<LocalRules> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', LOCAL_RULES_KEY)
    .executeTakeFirst();
  const v = (
    typeof row?.value === 'string' ? JSON.parse(row.value) : (row?.value ?? {})
  ) as Partial<LocalRules>;
  return {
    hearingFine: { ...DEFAULT_LOCAL_RULES.hearingFine, ...v.hearingFine },
    reviewDays: { ...DEFAULT_LOCAL_RULES.reviewDays, ...v.reviewDays },
    dueSoonDays: v.dueSoonDays ?? DEFAULT_LOCAL_RULES.dueSoonDays,
    night: { ...DEFAULT_LOCAL_RULES.night, ...v.night },
    reviewCatalogue: (await loadCatalogueInForce(db)).catalogue,
  };
}
