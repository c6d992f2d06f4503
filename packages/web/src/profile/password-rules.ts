// Client-side mirror of the password policy, for instant feedback while typing. The server checks again
// and its verdict (PASSWORD_TOO_WEAK) is what counts.

import type { PasswordPolicy } from '../auth/auth-api';

/**
 * The four character classes of the usual policy (upper case, lower case, digits, symbols). The policy
 * endpoint names its classes for display only, so the console counts these four.
 */
const CLASS_TESTS: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function countCharacterClasses(password: string): number {
  return CLASS_TESTS.filter((re) => re.test(password)).length;
}

export type PasswordShortfall = 'too-short' | 'too-few-classes' | 'contains-username';

export function passwordShortfalls(
  password: string,
  policy: Pick<PasswordPolicy, 'minLength' | 'minClasses'>,
  username?: string,
): PasswordShortfall[] {
  const out: PasswordShortfall[] = [];
  // Length in code points, so a symbol outside the BMP counts once, as the user sees it.
  if ([...password].length < policy.minLength) out.push('too-short');
  if (countCharacterClasses(password) < policy.minClasses) out.push('too-few-classes');
  // The policy forbids the login name inside the password, whatever its case.
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    out.push('contains-username');
  }
  return out;
}
