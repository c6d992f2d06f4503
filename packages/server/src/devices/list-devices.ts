import type { AppDeps, RequestContext } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';
import { deviceBaseQuery, presentDevice } from './device-query.js';
import type { ListDevicesQuery } from './schemas.js';

/** The device register within the caller's scope, with holder and late-upload count. */
export async function listDevices(deps: AppDeps, ctx: RequestContext, query: ListDevicesQuery) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const units = await visibleUnitIds(deps.db, actor);
  let q = deviceBaseQuery(deps.db);
  if (units) q = q.where('d.unit_id', 'in', units);
  if (query.kind) q = q.where('d.kind', '=', query.kind);
  if (query.status) q = q.where('d.status', '=', query.status);
  if (query.unitId) q = q.where('d.unit_id', '=', query.unitId);
  if (query.q) {
    const p = containsPattern(query.q);
    q = q.where((eb) =>
      eb.or([eb('d.serial', 'ilike', p), eb('d.model', 'ilike', p), eb('h.name', 'ilike', p)]),
    );
  }
  const count = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('d.unit_id')
    .orderBy('d.serial')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    items: rows.map(presentDevice),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
