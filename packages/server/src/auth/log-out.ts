import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';

export async function logOut(deps: AppDeps, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor?.sessionId) return;
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', actor.sessionId!).execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.logout',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}
