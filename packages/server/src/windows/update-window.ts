import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { WindowInput } from './schemas.js';
import { presentWindow, windowColumns, windowQuery } from './window-query.js';

/** P-08: replaces a window's board content (optimistic: the caller names the version it edited). */
export async function updateWindow(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: WindowInput & { version: number },
) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await windowQuery(trx).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    if (row.version !== input.version) throw new AppError('STALE_VERSION');
    if (input.code !== row.code) {
      const taken = await trx
        .selectFrom('service_windows')
        .select('id')
        .where('code', '=', input.code)
        .executeTakeFirst();
      if (taken) throw new AppError('WINDOW_CODE_TAKEN');
    }
    const before = presentWindow(row);
    await trx
      .updateTable('service_windows')
      .set({ ...windowColumns(input), version: row.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = presentWindow(await windowQuery(trx).where('id', '=', id).executeTakeFirstOrThrow());
    const { version: _v, updatedAt: _u, ...b } = before;
    const { version: _v2, updatedAt: _u2, ...a } = after;
    await appendAuditEvent(trx, ctx, {
      operation: 'window.updated',
      targetType: 'service_window',
      targetId: id,
      changes: diff(b, a),
    });
    return after;
  });
}
