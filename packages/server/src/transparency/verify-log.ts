import {
  fromHex,
  hashLeaf,
  MerkleAccumulator,
  merkleDigest,
  toHex,
  verifyConsistency,
} from '@sanxiang/core/merkle';
import type { Kysely } from 'kysely';
import { AUDIT_HASH } from '../audit/append-audit-event.js';
import { hashAuditRecord } from '../audit/audit-record.js';
import { GENESIS_HASH } from '../audit/hash.js';
import type { DB } from '../db/schema.js';
import { leafDataOf } from './log-algorithm.js';
import { consistencyProofAt } from './read-tree.js';
import { verifyText } from './signing-key.js';
import { SM2_USER_ID, treeHeadText } from './tree-head-text.js';

export type ProblemKind = 'audit-event' | 'leaf' | 'node' | 'tree-head' | 'blob';

export interface VerifyProblem {
  kind: ProblemKind;
  /** audit event seq, leaf index, "level:index", head id or blob key. */
  at: string;
  message: string;
}

export interface BlobCheckOutcome {
  checked: number;
  problems: { key: string; message: string }[];
}

export interface VerifyReport {
  ok: boolean;
  algorithm: 'sm3' | 'sha256';
  events: number;
  leaves: number;
  nodesChecked: number;
  heads: number;
  root: string;
  blobs: BlobCheckOutcome | null;
  /** The first problem in log order (events, leaves and subtrees before heads, heads before blobs). */
  firstProblem: VerifyProblem | null;
  problems: VerifyProblem[];
  problemCount: number;
}

const ORDER: ProblemKind[] = ['audit-event', 'leaf', 'node', 'tree-head', 'blob'];
const KEEP = 50;

/**
 * `sanxiang verify`: walks the audit log once, in order, and
 *  - recomputes each event's hash and its link to the one before (the chain);
 *  - recomputes the Merkle tree from the events (leaf = H(0x00 ‖ event hash)), checking that leaf indexes
 *    run 0, 1, 2 … with no gap, that each stored leaf hash and each stored subtree hash (from which the
 *    public proofs are served) equals the recomputed one;
 *  - checks every signed tree head: its SM2 signature, its root against the recomputed tree of its size,
 *    and the consistency proof between each published head and the next;
 *  - checks every blob against its recorded digests (`checkBlobs`, given by the caller).
 * Memory stays O(batch + log n) at any size.
 */
export async function verifyLog(
  db: Kysely<DB>,
  options: {
    batch?: number;
    checkBlobs?: (() => Promise<BlobCheckOutcome>) | null;
    onProgress?: (events: number) => void;
  } = {},
): Promise<VerifyReport> {
  const batch = options.batch ?? 5000;
  const problems: VerifyProblem[] = [];
  let problemCount = 0;
  const problem = (kind: ProblemKind, at: string | number, message: string) => {
    problemCount++;
    if (problems.length < KEEP * 4) problems.push({ kind, at: String(at), message });
  };

  const settings = await db.selectFrom('transparency_settings').select('algorithm').executeTakeFirstOrThrow();
  const digest = merkleDigest(settings.algorithm);
  const acc = new MerkleAccumulator(digest);

  // Heads, in order of size (then of signing), with their keys.
  const keys = new Map(
    (await db.selectFrom('transparency_keys').select(['id', 'public_key']).execute()).map((k) => [
      k.id,
      k.public_key,
    ]),
  );
  const heads = (
    await db
      .selectFrom('transparency_tree_heads')
      .select(['id', 'tree_size', 'root_hash', 'algorithm', 'signed_at', 'signature', 'key_id'])
      .orderBy('tree_size')
      .orderBy('id')
      .execute()
  ).map((h) => ({ ...h, size: Number(h.tree_size), timestamp: new Date(h.signed_at).toISOString() }));
  for (const h of heads) {
    const publicKey = keys.get(h.key_id);
    const text = treeHeadText({
      algorithm: h.algorithm,
      treeSize: h.size,
      rootHash: h.root_hash,
      timestamp: h.timestamp,
    });
    if (!publicKey)
      problem('tree-head', h.id, `树头 #${h.id} 的签名密钥 ${h.key_id} 不存在 (unknown signing key)`);
    else if (!verifyText(publicKey, text, h.signature, SM2_USER_ID))
      problem('tree-head', h.id, `树头 #${h.id}（${h.size} 条）签名无效 (SM2 signature does not verify)`);
    if (h.algorithm !== settings.algorithm)
      problem('tree-head', h.id, `树头 #${h.id} 的算法 ${h.algorithm} 与日志 ${settings.algorithm} 不符`);
  }
  let nextHead = 0;
  const checkHeadsAt = (size: number) => {
    while (nextHead < heads.length && heads[nextHead]!.size === size) {
      const h = heads[nextHead++]!;
      const root = toHex(acc.root());
      if (root !== h.root_hash)
        problem(
          'tree-head',
          h.id,
          `树头 #${h.id}（${h.size} 条）的根哈希与由审计记录重算的不同 (root ${h.root_hash} ≠ recomputed ${root})`,
        );
    }
  };
  checkHeadsAt(0);

  let prev = GENESIS_HASH;
  let events = 0;
  let nodesChecked = 0;
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('audit_events as e')
      .leftJoin('transparency_leaves as l', 'l.audit_seq', 'e.seq')
      .selectAll('e')
      .select(['l.leaf_index', 'l.leaf_hash'])
      .where('e.seq', '>', after)
      .orderBy('e.seq')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    const emitted = new Map<string, string>();
    const span = new Map<number, [number, number]>();
    for (const { seq, hash, leaf_index, leaf_hash, ...record } of rows) {
      const expected = hashAuditRecord(AUDIT_HASH, { ...record, at: new Date(record.at) });
      if (expected !== hash)
        problem(
          'audit-event',
          seq,
          `审计记录 #${seq} 的内容与其哈希不符，已被改动 (content does not match its hash)`,
        );
      if (record.prev_hash !== prev)
        problem(
          'audit-event',
          seq,
          `审计记录 #${seq} 未链接到前一条记录 (does not link to the previous event)`,
        );
      prev = hash;
      const index = acc.size;
      // The leaf is what the event says it is: its own hash, recomputed from its content.
      const leafHash = hashLeaf(digest, leafDataOf(expected));
      if (leaf_index === null || leaf_index === undefined)
        problem('leaf', index, `审计记录 #${seq} 没有对应的日志叶子 (event has no leaf)`);
      else if (Number(leaf_index) !== index)
        problem(
          'leaf',
          leaf_index,
          `审计记录 #${seq} 的叶子序号为 ${leaf_index}，应为 ${index} (leaf index out of sequence)`,
        );
      else if (leaf_hash !== toHex(leafHash))
        problem(
          'leaf',
          index,
          `叶子 ${index}（审计记录 #${seq}）的哈希与记录不符 (stored leaf hash differs)`,
        );
      acc.push(leafHash, (level, nodeIndex, h) => {
        emitted.set(`${level}:${nodeIndex}`, toHex(h));
        const s = span.get(level);
        span.set(level, s ? [Math.min(s[0], nodeIndex), Math.max(s[1], nodeIndex)] : [nodeIndex, nodeIndex]);
      });
      events++;
      checkHeadsAt(acc.size);
    }
    // The stored subtrees this batch completed, read back by level range, must equal the recomputed ones.
    if (span.size > 0) {
      const stored = await db
        .selectFrom('transparency_nodes')
        .select(['level', 'node_index', 'hash'])
        .where((eb) =>
          eb.or(
            [...span].map(([level, [lo, hi]]) =>
              eb.and([
                eb('level', '=', level),
                eb('node_index', '>=', String(lo)),
                eb('node_index', '<=', String(hi)),
              ]),
            ),
          ),
        )
        .execute();
      const found = new Map(stored.map((r) => [`${r.level}:${Number(r.node_index)}`, r.hash]));
      for (const [k, h] of emitted) {
        nodesChecked++;
        const s = found.get(k);
        if (s === undefined) problem('node', k, `子树 ${k} 缺失 (stored subtree missing)`);
        else if (s !== h) problem('node', k, `子树 ${k} 的哈希与重算的不同 (stored subtree hash differs)`);
      }
    }
    after = rows[rows.length - 1]!.seq;
    options.onProgress?.(events);
    if (rows.length < batch) break;
  }

  const leafCount = await db
    .selectFrom('transparency_leaves')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(leafCount.n) !== events)
    problem(
      'leaf',
      events,
      `日志有 ${leafCount.n} 个叶子，审计记录只有 ${events} 条 (leaves without events)`,
    );
  for (; nextHead < heads.length; nextHead++) {
    const h = heads[nextHead]!;
    problem(
      'tree-head',
      h.id,
      `树头 #${h.id} 声称 ${h.size} 条，日志只有 ${events} 条：记录被删除 (log truncated)`,
    );
  }
  // Each published head extends the one before it: check the proof the public endpoint would serve.
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1]!;
    const b = heads[i]!;
    if (b.size > events || a.size === 0) continue;
    let ok: boolean;
    try {
      const proof = a.size === b.size ? [] : await consistencyProofAt(db, a.size, b.size);
      ok = verifyConsistency(digest, a.size, b.size, fromHex(a.root_hash), fromHex(b.root_hash), proof);
    } catch {
      ok = false;
    }
    if (!ok)
      problem(
        'tree-head',
        b.id,
        `树头 #${a.id}（${a.size}）与 #${b.id}（${b.size}）不一致 (heads are not consistent)`,
      );
  }

  let blobs: BlobCheckOutcome | null = null;
  if (options.checkBlobs) {
    blobs = await options.checkBlobs();
    for (const p of blobs.problems) problem('blob', p.key, p.message);
  }

  problems.sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind));
  return {
    ok: problemCount === 0,
    algorithm: settings.algorithm,
    events,
    leaves: Number(leafCount.n),
    nodesChecked,
    heads: heads.length,
    root: toHex(acc.root()),
    blobs,
    firstProblem: problems[0] ?? null,
    problems: problems.slice(0, KEEP),
    problemCount,
  };
}
