import type { Tx } from '../context.js';
import type { AccessRequestRow } from './present-access-request.js';

/** Requests joined with their case and units, as the presenter reads them. */
export function accessRequestQuery(db: Tx) {
  return db
    .selectFrom('case_access_requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('units as u', 'u.id', 'r.case_unit_id')
    .leftJoin('units as ru', 'ru.id', 'r.requester_unit_id')
    .selectAll('r')
    .select([
      'c.case_no',
      'c.source_no',
      'c.summary',
      'u.name as unit_name',
      'ru.name as requester_unit_name',
    ]);
}

export async function loadAccessRequest(db: Tx, id: string): Promise<AccessRequestRow | undefined> {
  return (await accessRequestQuery(db).where('r.id', '=', id).executeTakeFirst()) as
    | AccessRequestRow
    | undefined;
}
