import crypto from 'node:crypto';

// SM3 (GB/T 32905) by default, as 商用密码 asks; SHA-256 selectable for deployments that need it.
export type HashAlgorithm = 'sm3' | 'sha256';

export const GENESIS_HASH = '0'.repeat(64);

export function digest(algorithm: HashAlgorithm, text: string): string {
  return crypto.createHash(algorithm).update(text, 'utf8').digest('hex');
}

/** JSON with keys sorted at every level, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
