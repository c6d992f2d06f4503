import { DEFAULT_REVIEW_CATALOGUE, REVIEW_LEVELS, type ReviewLevel } from '@sanxiang/core';
import { draftDigest } from '../cases/penalty.js';
import type { CaseFlags, CaseRow, PartyRow, ReviewRow } from '../cases/types.js';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { caseRoute } from './case-route.js';
import { loadCatalogueInForce } from './catalogue.js';

// The L-04 gate in one place (行政处罚法 art. 58): which levels must pass, and whether each has passed on
// the current draft decision. The engine's guard 'required-reviews-passed' and the issue of the decision
// document both ask it, so neither route gets past the other.

export function latestOnDraft(
  reviews: readonly ReviewRow[],
  level: ReviewLevel,
  digest: string,
  flags: CaseFlags,
): ReviewRow | undefined {
  const after = flags.hearingHeld ? new Date(flags.hearingHeld.at).getTime() : 0;
  return reviews
    .filter((r) => r.level === level && r.draft_digest === digest)
    .filter((r) => new Date(r.created_at).getTime() > after)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1);
}

/** The levels still missing an approval of the current draft ([] when the gate is open). */
export function missingLevels(
  row: CaseRow,
  parties: readonly PartyRow[],
  reviews: readonly ReviewRow[],
  catalogue = DEFAULT_REVIEW_CATALOGUE,
): ReviewLevel[] {
  const route = caseRoute(row, [...parties], catalogue);
  const levels: ReviewLevel[] = route.levels.length > 0 ? route.levels : ['brigade'];
  const digest = draftDigest(row, [...parties]);
  const flags = (row.flags ?? {}) as CaseFlags;
  return levels.filter((l) => latestOnDraft(reviews, l, digest, flags)?.outcome !== 'approved');
}

/** Throws REVIEW_GATE_CLOSED unless every required level approved the current draft. */
export async function assertReviewGateOpen(trx: Tx, row: CaseRow): Promise<void> {
  if (row.procedure === 'simple') return;
  const [parties, reviews, inForce] = await Promise.all([
    trx
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', row.id)
      .orderBy('sort')
      .orderBy('created_at')
      .execute(),
    trx.selectFrom('case_reviews').selectAll().where('case_id', '=', row.id).execute(),
    loadCatalogueInForce(trx),
  ]);
  const missing = missingLevels(row, parties, reviews, inForce.catalogue);
  if (missing.length === 0) return;
  const names = missing.map((l) => REVIEW_LEVELS[l].zh);
  throw new AppError(
    'REVIEW_GATE_CLOSED',
    { missing },
    {
      message: `未经${names.join('、')}对现拟处罚决定审核通过，不得签发处罚决定书（行政处罚法第五十八条）`,
      messageEn: `The decision cannot be issued before the ${missing.map((l) => REVIEW_LEVELS[l].en).join(' and ')} review passes on the current draft`,
    },
  );
}
