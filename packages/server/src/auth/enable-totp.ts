import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { checkTotp } from './totp.js';

export async function enableTotp(deps: AppDeps, ctx: RequestContext, code: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['totp_secret', 'totp_enabled'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (!user.totp_secret) throw new AppError('TOTP_NOT_SET_UP');
    if (!checkTotp(user.totp_secret, actor.username, code)) {
      throw new AppError('TOTP_CODE_INVALID');
    }
    await trx
      .updateTable('users')
      .set({ totp_enabled: true, updated_at: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.totp-enabled',
      targetType: 'user',
      targetId: actor.userId,
      changes: { totp_enabled: { before: user.totp_enabled, after: true } },
    });
  });
}
