import { randomBytes } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { burnVerify, verifyPassword } from './passwords.js';
import { newToken, sessionId } from './session-token.js';
import { checkTotp } from './totp.js';

// 等保 2.0 level 3: lock an account after 5 failed sign-ins, for 15 minutes.
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

/**
 * Signs a user in and opens a session. Failures are recorded (counter, lock, audit event) in their own
 * committed transaction before the error is thrown: an attacker's failed attempt must leave a trace.
 */
export async function logIn(
  deps: AppDeps,
  ctx: RequestContext,
  input: LoginInput,
): Promise<{ userId: string; token: string; csrfToken: string }> {
  const username = input.username.trim().toLowerCase();
  const user = await deps.db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.unit_id',
      'un.name as unit_name',
      'u.password_hash',
      'u.failed_logins',
      'u.locked_until',
      'u.disabled_at',
      'u.totp_enabled',
      'u.totp_secret',
    ])
    .where('u.username', '=', username)
    .executeTakeFirst();

  if (!user) {
    await burnVerify(input.password);
    await deps.db.transaction().execute((trx) =>
      appendAuditEvent(trx, ctx, {
        operation: 'auth.login-failed',
        outcome: 'failure',
        subject: { id: null, username },
        reason: 'unknown-user',
      }),
    );
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  const subject = {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    unitId: user.unit_id,
    unitName: user.unit_name,
  };
  const fail = async (reason: string, countsAsFailure: boolean): Promise<never> => {
    let lockedNow = false;
    let remaining = MAX_FAILED_LOGINS;
    await deps.db.transaction().execute(async (trx) => {
      if (countsAsFailure) {
        const row = await trx
          .updateTable('users')
          .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
          .where('id', '=', user.id)
          .returning('failed_logins')
          .executeTakeFirstOrThrow();
        remaining = MAX_FAILED_LOGINS - row.failed_logins;
        if (row.failed_logins >= MAX_FAILED_LOGINS) {
          lockedNow = true;
          const until = new Date(Date.now() + LOCK_MINUTES * 60_000);
          await trx
            .updateTable('users')
            .set({ locked_until: until, failed_logins: 0 })
            .where('id', '=', user.id)
            .execute();
          await appendAuditEvent(trx, ctx, {
            operation: 'auth.locked',
            outcome: 'failure',
            subject,
            targetType: 'user',
            targetId: user.id,
            changes: { locked_until: { before: null, after: until.toISOString() } },
            reason: `${MAX_FAILED_LOGINS} failed sign-ins`,
          });
        }
      }
      await appendAuditEvent(trx, ctx, {
        operation: 'auth.login-failed',
        outcome: 'failure',
        subject,
        targetType: 'user',
        targetId: user.id,
        reason,
      });
    });
    if (lockedNow)
      throw new AppError('AUTH_LOCKED', {
        lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString(),
      });
    if (reason === 'disabled') throw new AppError('AUTH_ACCOUNT_DISABLED');
    if (reason === 'wrong-totp') throw new AppError('AUTH_TOTP_INVALID', { remainingAttempts: remaining });
    throw new AppError('AUTH_INVALID_CREDENTIALS', { remainingAttempts: remaining });
  };

  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    await burnVerify(input.password);
    await deps.db.transaction().execute((trx) =>
      appendAuditEvent(trx, ctx, {
        operation: 'auth.login-failed',
        outcome: 'failure',
        subject,
        targetType: 'user',
        targetId: user.id,
        reason: 'locked',
      }),
    );
    throw new AppError('AUTH_LOCKED', { lockedUntil: new Date(user.locked_until).toISOString() });
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return fail('wrong-password', true);
  if (user.disabled_at) return fail('disabled', false);
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totp) throw new AppError('AUTH_TOTP_REQUIRED');
    if (!checkTotp(user.totp_secret, user.username, input.totp)) return fail('wrong-totp', true);
  }

  const token = newToken();
  const csrfToken = randomBytes(24).toString('base64url');
  await deps.db.transaction().execute(async (trx) => {
    const now = new Date();
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: now })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId(token),
        user_id: user.id,
        csrf_token: csrfToken,
        last_seen_at: now,
        ip: ctx.ip,
        user_agent: ctx.userAgent.slice(0, 500),
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'auth.login',
      subject,
      targetType: 'user',
      targetId: user.id,
    });
  });
  return { userId: user.id, token, csrfToken };
}
