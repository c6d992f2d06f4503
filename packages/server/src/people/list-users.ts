import type { AppDeps } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { presentUser, userQuery } from './user-query.js';

export interface ListUsersInput {
  page: number;
  pageSize: number;
  q?: string | undefined;
  role?: string | undefined;
  unitId?: string | undefined;
  status?: 'active' | 'disabled' | 'locked' | undefined;
}

export async function listUsers(deps: AppDeps, input: ListUsersInput) {
  let query = userQuery(deps.db);
  if (input.q) {
    const like = containsPattern(input.q);
    query = query.where((eb) => eb.or([eb('u.username', 'like', like), eb('u.display_name', 'like', like)]));
  }
  if (input.role) {
    const role = input.role;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('user_roles as r').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', role),
      ),
    );
  }
  if (input.unitId) query = query.where('u.unit_id', '=', input.unitId);
  if (input.status === 'disabled') query = query.where('u.disabled_at', 'is not', null);
  if (input.status === 'active') query = query.where('u.disabled_at', 'is', null);
  if (input.status === 'locked') query = query.where('u.locked_until', '>', new Date());
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('u.username')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return { items: rows.map(presentUser), total: Number(total), page: input.page, pageSize: input.pageSize };
}
