import type { Tx } from '../context.js';
import { holidaySeed, SEEDED_YEARS } from './holiday-seed.js';

/**
 * Reference data every installation needs (not demo data): the State Council's holiday arrangements
 * for the years the chinese-days package knows. Administrators add later years when each December
 * notice appears. Runs only when the calendar is empty, so edits are never overwritten.
 */
export async function seedCalendarIfEmpty(db: Tx): Promise<number> {
  const any = await db.selectFrom('calendar_years').select('year').limit(1).executeTakeFirst();
  if (any) return 0;
  const days = holidaySeed(SEEDED_YEARS);
  await db
    .insertInto('calendar_years')
    .values(SEEDED_YEARS.map((year) => ({ year, covered: true })))
    .execute();
  for (let i = 0; i < days.length; i += 500) {
    await db
      .insertInto('calendar_days')
      .values(days.slice(i, i + 500))
      .execute();
  }
  return days.length;
}
