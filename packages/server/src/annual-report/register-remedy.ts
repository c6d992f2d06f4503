import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { presentRemedy, remedyQuery, remedyValues } from './remedy-query.js';
import type { RemedyInput } from './schemas.js';

/** Registers a reconsideration or suit against one of the bureau's decisions. */
export async function registerRemedy(deps: AppDeps, ctx: RequestContext, input: RemedyInput) {
  return deps.db.transaction().execute(async (trx) => {
    const values = await remedyValues(trx, input);
    const id = `rm-${randomUUID()}`;
    await trx
      .insertInto('remedy_cases')
      .values({ id, ...values, created_by: ctx.actor?.userId ?? null })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'remedy.registered',
      targetType: 'remedy_case',
      targetId: id,
      changes: diff(null, { kind: input.kind, decisionNo: input.decisionNo, outcome: input.outcome }),
    });
    return presentRemedy(await remedyQuery(trx).where('r.id', '=', id).executeTakeFirstOrThrow());
  });
}
