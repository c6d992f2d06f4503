/** Authenticator apps show six digits, often grouped "123 456"; people paste them with the space. */
export function normaliseTotp(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export const TOTP_PATTERN = /^\d{6}$/;

/** Groups the base32 secret in fours so it can be typed into an app by hand without losing one's place. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
