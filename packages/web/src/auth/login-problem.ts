import { type ApiError, detailNumber, detailString, isApiError } from '../api/api-error';

/** What the login page should do about a failed attempt. */
export type LoginProblem =
  | { kind: 'totp-required' }
  | { kind: 'totp-invalid' }
  | { kind: 'invalid-credentials'; remainingAttempts: number | null }
  | { kind: 'locked'; lockedUntil: string | null }
  | { kind: 'disabled' }
  | { kind: 'validation' }
  | { kind: 'other' };

export function loginProblem(err: unknown): LoginProblem {
  if (!isApiError(err)) return { kind: 'other' };
  const e: ApiError = err;
  switch (e.code) {
    case 'AUTH_TOTP_REQUIRED':
      return { kind: 'totp-required' };
    case 'AUTH_TOTP_INVALID':
      return { kind: 'totp-invalid' };
    case 'AUTH_INVALID_CREDENTIALS':
      return { kind: 'invalid-credentials', remainingAttempts: detailNumber(e, 'remainingAttempts') };
    case 'AUTH_LOCKED':
      return { kind: 'locked', lockedUntil: detailString(e, 'lockedUntil') };
    case 'AUTH_ACCOUNT_DISABLED':
      return { kind: 'disabled' };
    case 'VALIDATION_FAILED':
      return { kind: 'validation' };
    default:
      return { kind: 'other' };
  }
}
