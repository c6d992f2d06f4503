import { toHex } from '@sanxiang/core/merkle';
import { type Kysely, sql } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { logHash } from './log-algorithm.js';
import { currentLogSize, rootAt } from './read-tree.js';
import { ensureSigningKey, signText } from './signing-key.js';
import { SM2_USER_ID, treeHeadText } from './tree-head-text.js';

// One head at a time, so two processes signing at once never publish two heads of different sizes out of order.
const HEAD_LOCK = 7_261_011;

export interface SignedTreeHead {
  id: string;
  treeSize: number;
  rootHash: string;
  algorithm: 'sm3' | 'sha256';
  timestamp: string;
  signature: string;
  keyId: string;
  trigger: 'schedule' | 'request' | 'seed';
}

/**
 * Signs the log as it stands: size, root (from the stored subtrees), time, SM2 signature over
 * tree-head-text.ts. A scheduled signing skips when the log has not grown since the last head. The head
 * covers the events committed before it; its own audit event is the next leaf.
 */
export async function signTreeHead(
  db: Kysely<DB>,
  ctx: RequestContext,
  trigger: SignedTreeHead['trigger'],
  options: {
    now?: Date;
    /** Demo seed only: sign an earlier size of the log (a head published in the past). */
    size?: number;
  } = {},
): Promise<SignedTreeHead | null> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${HEAD_LOCK})`.execute(trx);
    const key = await ensureSigningKey(trx, ctx);
    const { algorithm } = await logHash(trx);
    const current = await currentLogSize(trx);
    const size = options.size ?? current;
    if (size > current || size < 0)
      throw new RangeError(`cannot sign a tree of ${size} leaves; the log has ${current}`);
    const last = await trx
      .selectFrom('transparency_tree_heads')
      .select(['tree_size'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (trigger === 'schedule' && last && Number(last.tree_size) === size) return null;
    const rootHash = toHex(await rootAt(trx, size));
    const timestamp = (options.now ?? new Date()).toISOString();
    const fields = { algorithm, treeSize: size, rootHash, timestamp };
    const signature = signText(key, treeHeadText(fields), SM2_USER_ID);
    const row = await trx
      .insertInto('transparency_tree_heads')
      .values({
        tree_size: size,
        root_hash: rootHash,
        algorithm,
        signed_at: timestamp,
        key_id: key.id,
        signature,
        trigger,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, ctx, {
      operation: 'transparency.tree-head-signed',
      targetType: 'transparency_tree_head',
      targetId: String(row.id),
      changes: {
        treeSize: { before: last ? Number(last.tree_size) : null, after: size },
        rootHash: { before: null, after: rootHash },
      },
      reason: trigger === 'request' ? '按需签署 signed on request' : null,
    });
    return { id: String(row.id), ...fields, signature, keyId: key.id, trigger };
  });
}
