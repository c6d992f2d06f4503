import { createRequire } from 'node:module';
import type { CalendarOverride } from '@sanxiang/core';

// The package's own table, generated from the State Council notices it cites. Reading the data, not
// the UMD bundle, avoids CommonJS interop and keeps the seed synchronous; require() loads JSON the same
// way under tsx, Vitest and the esbuild output.
const chineseDays = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json');

// The calendar table is data an administrator edits (DOMAIN "Counting time"); chinese-days only seeds
// it. It has no year after 2026: 2027 must be entered by hand when the December notice appears.
export const SEEDED_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

interface ChineseDaysTable {
  /** date → "English name,中文名,statutory length" */
  holidays: Record<string, string>;
  /** 调休 make-up working days, named after the festival they pay for. */
  workdays: Record<string, string>;
}

const table: ChineseDaysTable = chineseDays;

// chinese-days writes 清明, 端午 and 中秋 without 节; the bureau's documents use the full names.
const FESTIVAL_NAMES: Readonly<Record<string, string>> = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

function festivalName(description: string): string {
  // The Chinese name sits before the trailing count; English names carry no comma.
  const parts = description.split(',');
  const zh = (parts.length >= 3 ? parts[parts.length - 2] : parts[1])?.trim() ?? '';
  return FESTIVAL_NAMES[zh] ?? zh;
}

/**
 * Holiday and 调休 overrides for the given years, sorted by date. A day belongs to the year of its date:
 * 2022-12-31 (a 元旦 day of the 2023 notice) is seeded with 2022. Throws for a year chinese-days has
 * no data for, so a year is never marked covered while only its weekends are known.
 */
export function holidaySeed(years: readonly number[]): CalendarOverride[] {
  const wanted = new Set(years);
  for (const year of wanted) {
    if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
    if (!Object.keys(table.holidays).some((date) => date.startsWith(`${year}-`))) {
      throw new RangeError(`chinese-days has no holiday data for ${year}; enter that year's notice by hand`);
    }
  }
  const inWanted = (date: string) => wanted.has(Number(date.slice(0, 4)));

  const overrides: CalendarOverride[] = [];
  for (const [date, description] of Object.entries(table.holidays)) {
    if (inWanted(date)) overrides.push({ date, kind: 'holiday', name: festivalName(description) });
  }
  for (const [date, description] of Object.entries(table.workdays)) {
    if (inWanted(date)) overrides.push({ date, kind: 'workday', name: `${festivalName(description)}调休` });
  }
  return overrides.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
