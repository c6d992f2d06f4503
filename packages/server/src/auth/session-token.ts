import crypto from 'node:crypto';

// Only a digest of the session token is stored: a leaked sessions table signs nobody in.
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function sessionId(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
