import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getUserOrThrow } from './user-query.js';

export async function unlockUser(deps: AppDeps, ctx: RequestContext, id: string, reason: string) {
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'locked_until', 'failed_logins'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND');
    await trx
      .updateTable('users')
      .set({ locked_until: null, failed_logins: 0, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'user.unlocked',
      targetType: 'user',
      targetId: id,
      changes: {
        locked_until: {
          before: user.locked_until ? new Date(user.locked_until).toISOString() : null,
          after: null,
        },
        failed_logins: { before: user.failed_logins, after: 0 },
      },
      reason,
    });
  });
  return { user: await getUserOrThrow(deps.db, id) };
}
