import { randomInt, randomUUID } from 'node:crypto';
import type { RoleCode } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { generateInitialPassword } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import { checkRoleAssignment } from './role-rules.js';
import { getUserOrThrow } from './user-query.js';

export interface CreateUserInput {
  username: string;
  displayName: string;
  unitId: string;
  roles: RoleCode[];
  personId?: string | undefined;
}

/** Creates an account with a random initial password that must be changed at first sign-in. */
export async function createUser(deps: AppDeps, ctx: RequestContext, input: CreateUserInput) {
  const initialPassword = generateInitialPassword(randomInt);
  const passwordHash = await hashPassword(initialPassword);
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
    if (!unit) throw fieldError('unitId', '所属单位不存在', 'No such unit');
    if (input.personId) {
      const person = await trx
        .selectFrom('people')
        .select('id')
        .where('id', '=', input.personId)
        .executeTakeFirst();
      if (!person) throw fieldError('personId', '人员不存在', 'No such person');
      const taken = await trx
        .selectFrom('users')
        .select('id')
        .where('person_id', '=', input.personId)
        .executeTakeFirst();
      if (taken) throw new AppError('PERSON_HAS_ACCOUNT');
    }
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (existing) throw new AppError('USERNAME_TAKEN');
    await checkRoleAssignment(trx, input.roles, input.personId ?? null);
    await trx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        unit_id: input.unitId,
        person_id: input.personId ?? null,
        password_hash: passwordHash,
        password_history: '[]',
        must_change_password: true,
      })
      .execute();
    if (input.roles.length > 0)
      await trx
        .insertInto('user_roles')
        .values(input.roles.map((role) => ({ user_id: id, role })))
        .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'user.created',
      targetType: 'user',
      targetId: id,
      changes: {
        username: { before: null, after: input.username },
        display_name: { before: null, after: input.displayName },
        unit_id: { before: null, after: input.unitId },
        roles: { before: null, after: input.roles },
      },
    });
  });
  return { user: await getUserOrThrow(deps.db, id), initialPassword };
}
