import { randomInt } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { generateInitialPassword } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

/** Issues a new one-time password; the user must change it at the next sign-in and other sessions end. */
export async function resetUserPassword(deps: AppDeps, ctx: RequestContext, id: string, reason: string) {
  if (ctx.actor?.userId === id) throw new AppError('CANNOT_CHANGE_OWN_ACCOUNT');
  const initialPassword = generateInitialPassword(randomInt);
  const passwordHash = await hashPassword(initialPassword);
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'must_change_password'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND');
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        failed_logins: 0,
        locked_until: null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'user.password-reset',
      targetType: 'user',
      targetId: id,
      changes: {
        password_hash: { before: '***', after: '***' },
        must_change_password: { before: user.must_change_password, after: true },
      },
      reason,
    });
  });
  return { initialPassword };
}
