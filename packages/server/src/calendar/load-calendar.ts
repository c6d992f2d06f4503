import { WorkingCalendar } from '@sanxiang/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

// The calendar is read on every deadline computation; it changes a few times a year. A short cache
// keeps reads cheap, and a write here clears it at once (other server processes catch up within the TTL).
const TTL_MS = 30_000;
const cache = new WeakMap<Kysely<DB>, { at: number; calendar: WorkingCalendar }>();

export async function loadCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.calendar;
  const calendar = await readCalendar(db);
  cache.set(db, { at: Date.now(), calendar });
  return calendar;
}

/** The calendar as `db` sees it, uncached: inside a transaction that has just corrected it, the corrected one. */
export async function readCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const days = await db
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name'])
    .orderBy('date')
    .execute();
  const years = await db.selectFrom('calendar_years').select(['year']).where('covered', '=', true).execute();
  return new WorkingCalendar(
    days,
    years.map((y) => y.year),
  );
}

export function forgetCalendar(db: Kysely<DB>): void {
  cache.delete(db);
}
