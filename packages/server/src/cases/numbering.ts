import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../context.js';

// 案源登记号 AY2026-000123 at intake, 立案号 皋城管立〔2026〕第0012号 at 立案. One sequence per kind per year,
// advanced with an upsert that locks the row until the transaction ends: concurrent intakes queue for the
// next number, and a rolled-back transaction gives its number back, so there are no gaps and no reuse.

async function next(trx: Tx, kind: 'source' | 'filing', year: number): Promise<number> {
  const row = await sql<{ n: number }>`
    insert into case_number_sequences (kind, year, next) values (${kind}, ${year}, 2)
    on conflict (kind, year) do update set next = case_number_sequences.next + 1
    returning next - 1 as n`.execute(trx);
  return Number(row.rows[0]!.n);
}

export async function nextSourceNo(trx: Tx, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  return `AY${year}-${String(await next(trx, 'source', year)).padStart(6, '0')}`;
}

/** The organ's short name from the root of the unit tree (皋城管 for the demo bureau). */
async function organShortName(trx: Tx): Promise<string> {
  const root = await trx
    .selectFrom('units')
    .select('short_name')
    .where('parent_id', 'is', null)
    .where('kind', '=', 'bureau')
    .orderBy('sort')
    .executeTakeFirst();
  return root?.short_name ?? '城管';
}

export async function nextCaseNo(trx: Tx, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  const n = await next(trx, 'filing', year);
  return `${await organShortName(trx)}立〔${year}〕第${String(n).padStart(4, '0')}号`;
}

/** No 0/O, 1/I/L: a party reads the code off paper and types it in. */
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += QUERY_CODE_ALPHABET[randomInt(QUERY_CODE_ALPHABET.length)];
  return code;
}
