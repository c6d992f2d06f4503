import { sql } from 'kysely';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { visibleUnitIds } from '../people/scope.js';

export function deviceBaseQuery(db: Tx) {
  return db
    .selectFrom('devices as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .leftJoin('people as h', 'h.id', 'd.holder_person_id')
    .selectAll('d')
    .select([
      'u.name as unit_name',
      'h.name as holder_name',
      sql<Date | null>`(select max(c.checked_out_at) from device_checkouts c where c.device_id = d.id and c.returned_at is null)`.as(
        'holder_since',
      ),
      sql<string>`(select count(*) from evidence_items e where e.device_id = d.id and e.late)`.as(
        'late_uploads',
      ),
    ]);
}

export type DeviceRow = Awaited<ReturnType<ReturnType<typeof deviceBaseQuery>['executeTakeFirstOrThrow']>>;

export async function loadDeviceRow(db: Tx, id: string, actor: Actor | null): Promise<DeviceRow> {
  const row = await deviceBaseQuery(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  if (actor) {
    const units = await visibleUnitIds(db, actor);
    if (units && !units.includes(row.unit_id)) throw new AppError('NOT_FOUND');
  }
  return row;
}

export function presentDevice(row: DeviceRow) {
  return {
    id: row.id,
    kind: row.kind,
    serial: row.serial,
    model: row.model,
    unit: { id: row.unit_id, name: row.unit_name },
    status: row.status,
    holder: row.holder_person_id
      ? {
          id: row.holder_person_id,
          name: row.holder_name ?? '',
          since: row.holder_since ? new Date(row.holder_since).toISOString() : null,
        }
      : null,
    note: row.note,
    registeredAt: new Date(row.registered_at).toISOString(),
    lateUploads: Number(row.late_uploads),
  };
}
