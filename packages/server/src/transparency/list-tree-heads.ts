import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { SM2_USER_ID, sm2PublicKeyPem } from './tree-head-text.js';

export interface TreeHeadView {
  id: string;
  treeSize: number;
  rootHash: string;
  algorithm: 'sm3' | 'sha256';
  timestamp: string;
  signature: string;
  keyId: string;
  trigger: 'schedule' | 'request' | 'seed';
}

type HeadRow = {
  id: string;
  tree_size: string;
  root_hash: string;
  algorithm: 'sm3' | 'sha256';
  signed_at: Date;
  signature: string;
  key_id: string;
  trigger: 'schedule' | 'request' | 'seed';
};

export function presentTreeHead(r: HeadRow): TreeHeadView {
  return {
    id: String(r.id),
    treeSize: Number(r.tree_size),
    rootHash: r.root_hash,
    algorithm: r.algorithm,
    timestamp: new Date(r.signed_at).toISOString(),
    signature: r.signature,
    keyId: r.key_id,
    trigger: r.trigger,
  };
}

const HEAD_COLUMNS = [
  'id',
  'tree_size',
  'root_hash',
  'algorithm',
  'signed_at',
  'signature',
  'key_id',
  'trigger',
] as const;

/** The latest signed tree head, or null before the first one. Public. */
export async function getLatestTreeHead(db: Kysely<DB>): Promise<TreeHeadView | null> {
  const row = await db
    .selectFrom('transparency_tree_heads')
    .select(HEAD_COLUMNS)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? presentTreeHead(row) : null;
}

/** Signed tree heads, newest first. Public. */
export async function listTreeHeads(db: Kysely<DB>, query: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('transparency_tree_heads')
      .select(HEAD_COLUMNS)
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    db
      .selectFrom('transparency_tree_heads')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(presentTreeHead),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The signing keys' public halves (never the private key). Public (R-01). */
export async function listPublicKeys(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('transparency_keys')
    .select(['id', 'algorithm', 'public_key', 'created_at', 'retired_at'])
    .orderBy('created_at', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      keyId: r.id,
      algorithm: r.algorithm,
      publicKey: r.public_key,
      publicKeyPem: sm2PublicKeyPem(r.public_key),
      userId: SM2_USER_ID,
      createdAt: new Date(r.created_at).toISOString(),
      retiredAt: r.retired_at ? new Date(r.retired_at).toISOString() : null,
    })),
  };
}
