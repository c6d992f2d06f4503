import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { WindowInput } from './schemas.js';
import { presentWindow, windowColumns, windowQuery } from './window-query.js';

/** P-08: adds a service window; its board appears on the portal at /windows/<code> while it is active. */
export async function createWindow(deps: AppDeps, ctx: RequestContext, input: WindowInput) {
  return deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('service_windows')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken) throw new AppError('WINDOW_CODE_TAKEN');
    const id = `win-${randomUUID()}`;
    await trx
      .insertInto('service_windows')
      .values({ id, ...windowColumns(input), created_by: ctx.actor?.userId ?? null })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'window.created',
      targetType: 'service_window',
      targetId: id,
      changes: { code: { before: null, after: input.code }, name: { before: null, after: input.name } },
    });
    return presentWindow(await windowQuery(trx).where('id', '=', id).executeTakeFirstOrThrow());
  });
}
