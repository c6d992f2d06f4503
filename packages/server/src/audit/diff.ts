import type { AuditChanges } from '../db/schema.js';
import { canonicalJson } from './hash.js';

// Fields never written into the audit log, even as a diff: secrets stay secret in the log too.
const SECRET_FIELDS = new Set(['password_hash', 'password_history', 'totp_secret', 'csrf_token']);

/** before → after for the fields that changed (Outline-style `changes`). Undefined side = absent. */
export function diff(before: object | null | undefined, after: object | null | undefined): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: AuditChanges = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (canonicalJson(b[key]) === canonicalJson(a[key])) continue;
    out[key] = SECRET_FIELDS.has(key)
      ? { before: key in b ? '***' : null, after: key in a ? '***' : null }
      : { before: b[key] ?? null, after: a[key] ?? null };
  }
  return out;
}
