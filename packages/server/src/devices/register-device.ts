import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { loadDeviceRow, presentDevice } from './device-query.js';
import type { RegisterDeviceInput } from './schemas.js';

/** registers a body camera or handheld terminal with a unit of the actor's scope. */
export async function registerDevice(deps: AppDeps, ctx: RequestContext, input: RegisterDeviceInput) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const unit = await deps.db
    .selectFrom('units')
    .select('id')
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit) throw new AppError('NOT_FOUND');
  await assertUnitVisible(deps.db, actor, input.unitId);
  const serial = input.serial.toUpperCase();
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('devices')
      .select('id')
      .where('serial', '=', serial)
      .executeTakeFirst();
    if (taken) throw new AppError('DEVICE_SERIAL_TAKEN', { serial });
    await trx
      .insertInto('devices')
      .values({
        id,
        kind: input.kind,
        serial,
        model: input.model,
        unit_id: input.unitId,
        note: input.note ?? '',
        registered_by: actor.userId,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'device.registered',
      targetType: 'device',
      targetId: id,
      changes: {
        device: {
          before: null,
          after: { kind: input.kind, serial, model: input.model, unitId: input.unitId },
        },
      },
    });
  });
  return { device: presentDevice(await loadDeviceRow(deps.db, id, null)) };
}
