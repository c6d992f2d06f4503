import { draftDigest } from '../cases/penalty.js';
import type { CaseRow } from '../cases/types.js';
import type { Tx } from '../context.js';

/** The parties of a case in their order, and the digest of the draft decision a review is about. */
export async function caseDraft(trx: Tx, row: CaseRow) {
  const parties = await trx
    .selectFrom('case_parties')
    .selectAll()
    .where('case_id', '=', row.id)
    .orderBy('sort')
    .orderBy('created_at')
    .execute();
  return { parties, digest: draftDigest(row, parties) };
}

export async function nextRound(trx: Tx, caseId: string): Promise<number> {
  const r = await trx
    .selectFrom('review_requests')
    .select((eb) => eb.fn.max('round').as('max'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return Number(r?.max ?? 0) + 1;
}
