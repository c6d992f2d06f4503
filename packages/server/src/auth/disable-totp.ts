import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { verifyPassword } from './passwords.js';
import { totpRequiredFor } from './totp-required.js';

export async function disableTotp(deps: AppDeps, ctx: RequestContext, password: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  if (await totpRequiredFor(deps, actor.roles)) throw new AppError('TOTP_REQUIRED_BY_POLICY');
  const user = await deps.db
    .selectFrom('users')
    .select(['password_hash', 'totp_enabled'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, password))) throw new AppError('AUTH_INVALID_CREDENTIALS');
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled: false, totp_secret: null, updated_at: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.totp-disabled',
      targetType: 'user',
      targetId: actor.userId,
      changes: { totp_enabled: { before: user.totp_enabled, after: false } },
    });
  });
}
