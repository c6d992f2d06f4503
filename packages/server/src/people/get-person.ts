import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { peopleQuery, presentPerson } from './people-query.js';
import { assertUnitVisible } from './scope.js';

/** A person's full record, phone included: a protected read, so it leaves an access event. */
export async function getPerson(deps: AppDeps, ctx: RequestContext, id: string) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const row = await peopleQuery(deps.db, todayInChina()).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  await assertUnitVisible(deps.db, actor, row.unit_id);
  await deps.db
    .transaction()
    .execute((trx) =>
      appendAuditEvent(trx, ctx, { operation: 'person.viewed', targetType: 'person', targetId: id }),
    );
  return { ...presentPerson(row), phone: row.phone };
}
