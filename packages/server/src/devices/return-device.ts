import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadDeviceRow, presentDevice } from './device-query.js';

/** Takes a device back into store and closes its open check-out. */
export async function returnDevice(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { note?: string | undefined },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    await loadDeviceRow(trx, id, actor);
    const fresh = await trx
      .selectFrom('devices')
      .select(['status', 'holder_person_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (fresh.status !== 'checked-out')
      throw new AppError('DEVICE_NOT_CHECKED_OUT', { status: fresh.status });
    const now = new Date();
    await trx
      .updateTable('device_checkouts')
      .set({ returned_at: now, returned_by: actor.userId, ...(input.note ? { note: input.note } : {}) })
      .where('device_id', '=', id)
      .where('returned_at', 'is', null)
      .execute();
    await trx
      .updateTable('devices')
      .set({ status: 'in-store', holder_person_id: null })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'device.returned',
      targetType: 'device',
      targetId: id,
      changes: { holder: { before: { personId: fresh.holder_person_id }, after: null } },
    });
  });
  return { device: presentDevice(await loadDeviceRow(deps.db, id, null)) };
}
