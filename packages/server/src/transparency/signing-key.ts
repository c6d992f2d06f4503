import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import smCrypto from 'sm-crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { RequestContext, Tx } from '../context.js';

const { sm2 } = smCrypto;
// Serialises key creation, so two processes starting at once create one key.
const KEY_LOCK = 7_261_010;

export interface SigningKey {
  id: string;
  publicKey: string;
  privateKey: string;
}

/** Key id: the first 16 hex digits of SM3 over the public key. */
export function keyIdOf(publicKeyHex: string): string {
  return `sm2-${createHash('sm3').update(publicKeyHex, 'utf8').digest('hex').slice(0, 16)}`;
}

/**
 * The current SM2 signing key, created at bootstrap if there is none. The private key stays in the
 * database (no route, presenter or export returns it); the public key is published.
 */
export async function ensureSigningKey(trx: Tx, ctx: RequestContext): Promise<SigningKey> {
  await sql`select pg_advisory_xact_lock(${KEY_LOCK})`.execute(trx);
  const current = await trx
    .selectFrom('transparency_keys')
    .select(['id', 'public_key', 'private_key'])
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (current) return { id: current.id, publicKey: current.public_key, privateKey: current.private_key };
  const pair = sm2.generateKeyPairHex();
  const id = keyIdOf(pair.publicKey);
  await trx
    .insertInto('transparency_keys')
    .values({ id, algorithm: 'SM2', public_key: pair.publicKey, private_key: pair.privateKey })
    .execute();
  await appendAuditEvent(trx, ctx, {
    operation: 'transparency.key-created',
    targetType: 'transparency_key',
    targetId: id,
    changes: { publicKey: { before: null, after: pair.publicKey } },
  });
  return { id, publicKey: pair.publicKey, privateKey: pair.privateKey };
}

export function signText(key: SigningKey, text: string, userId: string): string {
  return sm2.doSignature(text, key.privateKey, { hash: true, der: true, publicKey: key.publicKey, userId });
}

export function verifyText(publicKey: string, text: string, signature: string, userId: string): boolean {
  try {
    return sm2.doVerifySignature(text, signature, publicKey, { hash: true, der: true, userId });
  } catch {
    return false;
  }
}
