import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentRemedy, remedyQuery, remedyValues } from './remedy-query.js';
import type { RemedyInput } from './schemas.js';

/** Changes an entry, typically to record the outcome once it is reached. */
export async function updateRemedy(deps: AppDeps, ctx: RequestContext, id: string, input: RemedyInput) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await remedyQuery(trx).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND');
    const values = await remedyValues(trx, input);
    await trx
      .updateTable('remedy_cases')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = presentRemedy(await remedyQuery(trx).where('r.id', '=', id).executeTakeFirstOrThrow());
    await appendAuditEvent(trx, ctx, {
      operation: 'remedy.updated',
      targetType: 'remedy_case',
      targetId: id,
      changes: diff(presentRemedy(before), after),
    });
    return after;
  });
}
