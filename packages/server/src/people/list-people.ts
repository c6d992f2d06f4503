import { sql } from 'kysely';
import { todayInChina } from '../clock.js';
import type { Actor, AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { certificateStatusSql } from './certificate-status.js';
import { peopleQuery, presentPerson } from './people-query.js';
import { visibleUnitIds } from './scope.js';
import { loadUnitTree } from './unit-tree.js';

export interface ListPeopleInput {
  page: number;
  pageSize: number;
  unitId?: string | undefined;
  q?: string | undefined;
  certStatus?: 'valid' | 'expiring' | 'expired' | 'none' | undefined;
  qualified?: boolean | undefined;
}

export async function listPeople(deps: AppDeps, actor: Actor, input: ListPeopleInput) {
  const today = todayInChina();
  const visible = await visibleUnitIds(deps.db, actor);
  let query = peopleQuery(deps.db, today);
  if (visible) query = query.where('p.unit_id', 'in', visible);
  if (input.unitId) {
    // A unit filter means that unit and the units under it, as the tree in the console suggests.
    query = query.where('p.unit_id', 'in', (await loadUnitTree(deps.db)).subtree(input.unitId).concat(['']));
  }
  if (input.q) {
    const like = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([eb('p.name', 'like', like), eb('c.number', 'like', like), eb('p.employee_no', 'like', like)]),
    );
  }
  if (input.certStatus) query = query.where(certificateStatusSql(today), '=', input.certStatus);
  if (input.qualified !== undefined)
    query = query.where(sql<boolean>`q.id is not null`, '=', input.qualified);
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('un.sort')
    .orderBy('p.employee_no')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { items: rows.map(presentPerson), total: Number(total), page: input.page, pageSize: input.pageSize };
}
