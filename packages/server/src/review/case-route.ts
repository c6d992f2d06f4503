import { type PartyType, type ReviewCatalogue, type ReviewRoute, routeReview } from '@sanxiang/core';
import { currentPenalty } from '../cases/penalty.js';
import type { CaseFlags, CaseRow, PartyRow } from '../cases/types.js';

// The route of a case as it stands (L-03): core's routing fed from the case row, its parties and flags.
// The gate (cases/guards/required-reviews-passed.ts) and the submission both ask this one function.
export function caseRoute(
  row: Pick<CaseRow, 'procedure' | 'proposed_penalty' | 'penalty_after_defence' | 'flags'>,
  parties: Pick<PartyRow, 'kind'>[],
  catalogue: ReviewCatalogue,
): ReviewRoute {
  const flags = (row.flags ?? {}) as CaseFlags;
  const p = currentPenalty(row as CaseRow);
  return routeReview(
    {
      procedure: row.procedure,
      partyTypes: parties.map((x) => x.kind as PartyType),
      penalty: p && { kinds: p.kinds, fine: p.fine ?? null, confiscation: p.confiscation ?? null },
      hearingRequested: flags.hearingRequested !== undefined,
      hearingHeld: flags.hearingHeld !== undefined,
      outsideDiscretion: flags.bureauReview === true || p?.outsideStandard === true,
      complex: flags.complex === true,
      markedMajor: flags.major === true,
    },
    catalogue,
  );
}
