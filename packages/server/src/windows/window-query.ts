import type { Tx } from '../context.js';
import type { ServiceWindow } from './schemas.js';

export function windowQuery(db: Tx) {
  return db.selectFrom('service_windows').selectAll();
}

type Row = Awaited<ReturnType<ReturnType<typeof windowQuery>['executeTakeFirstOrThrow']>>;

export function presentWindow(r: Row): ServiceWindow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    post: r.post,
    location: r.location,
    hours: r.hours,
    duties: r.duties,
    matters: r.matters,
    materials: r.materials,
    consultationPhone: r.consultation_phone,
    consultationNote: r.consultation_note,
    complaints: r.complaints,
    active: r.active,
    sort: r.sort,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The columns an input writes. */
export function windowColumns(input: Omit<ServiceWindow, 'id' | 'version' | 'updatedAt'>) {
  return {
    code: input.code,
    name: input.name,
    post: input.post,
    location: input.location,
    hours: input.hours,
    duties: JSON.stringify(input.duties),
    matters: JSON.stringify(input.matters),
    materials: JSON.stringify(input.materials),
    consultation_phone: input.consultationPhone,
    consultation_note: input.consultationNote,
    complaints: JSON.stringify(input.complaints),
    active: input.active,
    sort: input.sort,
  };
}
