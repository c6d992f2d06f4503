import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadDeviceRow, presentDevice } from './device-query.js';
import { lateQuery, presentLate } from './list-late-uploads.js';

/** One device with its check-out and return history and its late uploads. */
export async function getDevice(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  const row = await loadDeviceRow(deps.db, id, ctx.actor);
  const checkouts = await deps.db
    .selectFrom('device_checkouts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['c.id', 'c.person_id', 'p.name', 'c.checked_out_at', 'c.returned_at', 'c.note'])
    .where('c.device_id', '=', id)
    .orderBy('c.checked_out_at', 'desc')
    .execute();
  const late = await lateQuery(deps.db)
    .where('evidence_items.device_id', '=', id)
    .orderBy('evidence_items.uploaded_at', 'desc')
    .limit(100)
    .execute();
  return {
    device: presentDevice(row),
    checkouts: checkouts.map((c) => ({
      id: c.id,
      person: { id: c.person_id, name: c.name },
      checkedOutAt: new Date(c.checked_out_at).toISOString(),
      returnedAt: c.returned_at ? new Date(c.returned_at).toISOString() : null,
      note: c.note,
    })),
    lateUploads: late.map(presentLate),
  };
}
