import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getUserOrThrow } from './user-query.js';

export async function setUserEnabled(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  enabled: boolean,
  reason: string,
) {
  if (ctx.actor?.userId === id) throw new AppError('CANNOT_CHANGE_OWN_ACCOUNT');
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'disabled_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND');
    const after = enabled ? null : new Date();
    await trx
      .updateTable('users')
      .set({ disabled_at: after, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    // A disabled account's open sessions end at once.
    if (!enabled) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAuditEvent(trx, ctx, {
      operation: enabled ? 'user.enabled' : 'user.disabled',
      targetType: 'user',
      targetId: id,
      changes: {
        disabled_at: {
          before: user.disabled_at ? new Date(user.disabled_at).toISOString() : null,
          after: after?.toISOString() ?? null,
        },
      },
      reason,
    });
  });
  return { user: await getUserOrThrow(deps.db, id) };
}
