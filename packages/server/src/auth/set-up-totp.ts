import QRCode from 'qrcode';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { newTotpSecret, totpFor } from './totp.js';

/** Generates a fresh secret (not yet active: enable-totp confirms a code from it first). */
export async function setUpTotp(
  deps: AppDeps,
  ctx: RequestContext,
): Promise<{ secret: string; otpauthUri: string; qrDataUrl: string }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const secret = newTotpSecret();
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['totp_enabled'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    // An active second factor is replaced only by disabling it first (which asks for the password).
    if (user.totp_enabled) throw new AppError('FORBIDDEN');
    await trx
      .updateTable('users')
      .set({ totp_secret: secret, updated_at: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.totp-setup',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
  const otpauthUri = totpFor(secret, actor.username).toString();
  return { secret, otpauthUri, qrDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
}
