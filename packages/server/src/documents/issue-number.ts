import type { DocumentKind } from '@sanxiang/core';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { formatDocumentNumber, numberWordOf } from './document-numbers.js';

export interface IssuedNumber {
  serial: number;
  number: string;
}

/**
 * Takes the next official number of a kind for a year, inside the issuing transaction. One statement both
 * creates the year's sequence on first use and moves it on; the row it touches stays locked until the
 * transaction ends, so concurrent issuers of the same kind queue behind each other (on PostgreSQL with
 * several server processes too). A transaction that rolls back returns its number with it: no gap, no
 * reuse. Kinds without a number of their own (笔录, 审批表…) get null.
 *
 * Take the number before appending the audit event of the same transaction: every writer takes the audit
 * chain lock last, so two issuers never hold one lock each while waiting for the other's.
 */
export async function issueNumber(
  trx: Transaction<DB>,
  kind: DocumentKind,
  year: number,
  organ: string,
): Promise<IssuedNumber | null> {
  const word = numberWordOf(kind);
  if (!word) return null;
  const { rows } = await sql<{ serial: number }>`
    insert into document_sequences (organ, kind, year, next)
    values (${organ}, ${kind}, ${year}, 2)
    on conflict (organ, kind, year) do update set next = document_sequences.next + 1
    returning next - 1 as serial
  `.execute(trx);
  const serial = Number(rows[0]!.serial);
  return { serial, number: formatDocumentNumber(organ, word, year, serial) };
}
