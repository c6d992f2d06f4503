import { randomUUID } from 'node:crypto';
import { ROLES, type RoleCode } from '@sanxiang/core';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { checkPassword } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';

export interface CreateAdminInput {
  username: string;
  displayName: string;
  role: RoleCode;
  password: string;
  unitId?: string | undefined;
}

/**
 * `sanxiang create-admin`: the way into a fresh production installation, run on the server itself.
 * The account must change its password at first sign-in and enrol a second factor (outside demo mode).
 */
export async function createAdmin(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: CreateAdminInput,
): Promise<string> {
  if (!ROLES[input.role]?.admin)
    throw new Error(`${input.role} is not an administrator role (sysadmin, secadmin, auditadmin)`);
  const issues = checkPassword(input.password, input.username);
  if (issues.length > 0)
    throw new Error(`口令不符合要求 Weak password: ${issues.map((i) => i.message).join('；')}`);
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (
      await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst()
    ) {
      throw new Error(`用户名已存在 username taken: ${input.username}`);
    }
    let unitId = input.unitId;
    if (!unitId) {
      const root = await trx
        .selectFrom('units')
        .select('id')
        .where('parent_id', 'is', null)
        .where('kind', '=', 'bureau')
        .executeTakeFirst();
      if (!root) {
        unitId = 'bureau';
        await trx
          .insertInto('units')
          .values({
            id: unitId,
            parent_id: null,
            name: '城市管理局',
            short_name: '城管',
            kind: 'bureau',
            duties: '',
            address: '',
            phone: '',
            sort: 0,
          })
          .execute();
      } else unitId = root.id;
    }
    await trx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        unit_id: unitId,
        person_id: null,
        password_hash: hash,
        password_history: '[]',
        must_change_password: true,
      })
      .execute();
    await trx.insertInto('user_roles').values({ user_id: id, role: input.role }).execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.admin-created',
      targetType: 'user',
      targetId: id,
      changes: {
        username: { before: null, after: input.username },
        roles: { before: null, after: [input.role] },
      },
    });
  });
  return id;
}
