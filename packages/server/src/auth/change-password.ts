import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { checkPassword, PASSWORD_POLICY } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';

export async function changePassword(
  deps: AppDeps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'password_history'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  const issues = checkPassword(input.newPassword, user.username);
  if (issues.length > 0) throw new AppError('PASSWORD_TOO_WEAK', issues);
  const history = [user.password_hash, ...(user.password_history ?? [])].slice(
    0,
    PASSWORD_POLICY.historyDepth,
  );
  for (const old of history) {
    if (await verifyPassword(old, input.newPassword)) throw new AppError('PASSWORD_REUSED');
  }
  const newHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(['must_change_password'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('users')
      .set({
        password_hash: newHash,
        password_history: JSON.stringify(history),
        password_changed_at: new Date(),
        must_change_password: false,
        updated_at: new Date(),
      })
      .where('id', '=', user.id)
      .execute();
    // Other sessions of this account end: whoever knew the old password is signed out.
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('id', '!=', actor.sessionId ?? '')
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.password-changed',
      targetType: 'user',
      targetId: user.id,
      changes: {
        password_hash: { before: '***', after: '***' },
        must_change_password: { before: before.must_change_password, after: false },
      },
    });
  });
}
