import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { AUDIT_HASH } from './append-audit-event.js';
import { hashAuditRecord } from './audit-record.js';
import { GENESIS_HASH } from './hash.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
}

/** Walks the whole log in order, recomputing each hash and its link to the one before. */
export async function verifyAuditChain(db: Kysely<DB>, batch = 2000): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let after = '0';
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const { seq, hash, ...record } of rows) {
      const expected = hashAuditRecord(AUDIT_HASH, { ...record, at: new Date(record.at) });
      if (record.prev_hash !== prev || expected !== hash)
        return { ok: false, checked, firstBadSeq: Number(seq) };
      prev = hash;
      checked++;
    }
    if (rows.length < batch) return { ok: true, checked, firstBadSeq: null };
    after = rows[rows.length - 1]!.seq;
  }
}
