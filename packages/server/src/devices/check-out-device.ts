import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import { loadDeviceRow, presentDevice } from './device-query.js';

/** Hands a device in store to a person, who holds it until it is returned. */
export async function checkOutDevice(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { personId: string; note?: string | undefined },
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    const device = await loadDeviceRow(trx, id, actor);
    await trx.selectFrom('devices').select('id').where('id', '=', id).forUpdate().execute();
    const fresh = await trx
      .selectFrom('devices')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (fresh.status !== 'in-store') throw new AppError('DEVICE_NOT_AVAILABLE', { status: fresh.status });
    const person = await trx
      .selectFrom('people')
      .select(['id', 'name'])
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!person) throw fieldError('personId', '没有该人员', 'No such person');
    const now = new Date();
    await trx
      .insertInto('device_checkouts')
      .values({
        id: randomUUID(),
        device_id: id,
        person_id: person.id,
        checked_out_at: now,
        checked_out_by: actor.userId,
        note: input.note ?? '',
      })
      .execute();
    await trx
      .updateTable('devices')
      .set({ status: 'checked-out', holder_person_id: person.id })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'device.checked-out',
      targetType: 'device',
      targetId: id,
      changes: {
        holder: { before: null, after: { personId: person.id, name: person.name, serial: device.serial } },
      },
    });
  });
  return { device: presentDevice(await loadDeviceRow(deps.db, id, null)) };
}
