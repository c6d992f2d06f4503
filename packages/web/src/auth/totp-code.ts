/** Authenticator apps show six digits, often grouped "123 456"; people paste them with the space. */
export function normaliseTotp(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export const TOTP_PATTERN = /^\d{6}$/;
