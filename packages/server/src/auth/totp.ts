import { Secret, TOTP } from 'otpauth';

const ISSUER = '如皋城管三项制度平台';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secret: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** One step either side absorbs clock drift on a phone. */
export function checkTotp(secret: string, username: string, code: string): boolean {
  return totpFor(secret, username).validate({ token: code.trim(), window: 1 }) !== null;
}
