import {
  DEFAULT_REVIEW_CATALOGUE,
  DEFAULT_REVIEW_TIME_LIMITS,
  type ReviewCatalogue,
  type ReviewTimeLimits,
} from '@sanxiang/core';
import type { Tx } from '../context.js';

// The catalogue of major decisions in force (L-03): the highest published version, or core's defaults
// (version 0) before the bureau publishes one. Missing fields of a stored version take the defaults.

export interface CatalogueInForce {
  version: number;
  catalogue: ReviewCatalogue;
  timeLimits: ReviewTimeLimits;
  publishedAt: Date | null;
  note: string;
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : (v ?? {})) as Record<string, unknown>;

export function withDefaults(c: Partial<ReviewCatalogue>): ReviewCatalogue {
  const d = DEFAULT_REVIEW_CATALOGUE;
  return {
    fineThreshold: { ...d.fineThreshold, ...c.fineThreshold },
    confiscationThreshold: { ...d.confiscationThreshold, ...c.confiscationThreshold },
    majorKinds: c.majorKinds ?? d.majorKinds,
    hearingCases: c.hearingCases ?? d.hearingCases,
    outsideDiscretion: c.outsideDiscretion ?? d.outsideDiscretion,
    complexOrPublicInterest: c.complexOrPublicInterest ?? d.complexOrPublicInterest,
  };
}

export async function loadCatalogueInForce(db: Tx): Promise<CatalogueInForce> {
  const row = await db
    .selectFrom('review_catalogue_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row)
    return {
      version: 0,
      catalogue: DEFAULT_REVIEW_CATALOGUE,
      timeLimits: DEFAULT_REVIEW_TIME_LIMITS,
      publishedAt: null,
      note: '系统默认目录',
    };
  return {
    version: row.version,
    catalogue: withDefaults(parse(row.catalogue) as Partial<ReviewCatalogue>),
    timeLimits: { ...DEFAULT_REVIEW_TIME_LIMITS, ...(parse(row.time_limits) as Partial<ReviewTimeLimits>) },
    publishedAt: row.published_at,
    note: row.note,
  };
}
