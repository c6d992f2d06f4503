import type { Actor, AppDeps } from '../context.js';
import { visibleUnitIds } from './scope.js';

export async function listUnits(deps: AppDeps, actor: Actor) {
  const visible = await visibleUnitIds(deps.db, actor);
  let query = deps.db
    .selectFrom('units as u')
    .select((eb) => [
      'u.id',
      'u.parent_id',
      'u.name',
      'u.short_name',
      'u.kind',
      'u.address',
      'u.phone',
      'u.duties',
      eb
        .selectFrom('people as p')
        .whereRef('p.unit_id', '=', 'u.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('officer_count'),
    ])
    .orderBy('u.sort');
  if (visible) query = query.where('u.id', 'in', visible);
  const rows = await query.execute();
  const ids = new Set(rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      // A township user's tree is rooted at its own unit: the parent outside its scope is not shown.
      parentId: r.parent_id && ids.has(r.parent_id) ? r.parent_id : null,
      name: r.name,
      shortName: r.short_name,
      kind: r.kind as 'bureau',
      address: r.address,
      phone: r.phone,
      duties: r.duties,
      officerCount: Number(r.officer_count ?? 0),
    })),
  };
}
