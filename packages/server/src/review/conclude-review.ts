import type { AppDeps, RequestContext } from '../context.js';
import { concludeRound, type OpinionInput } from './give-opinion.js';
import { presentRequest } from './present.js';

/** The route's operation: one transaction around concludeRound (give-opinion.ts). */
export async function concludeReview(
  deps: AppDeps,
  ctx: RequestContext,
  requestId: string,
  input: OpinionInput,
) {
  const row = await deps.db.transaction().execute((trx) => concludeRound(trx, ctx, requestId, input));
  return presentRequest(row, null);
}
