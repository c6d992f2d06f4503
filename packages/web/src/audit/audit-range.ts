import dayjs, { type Dayjs } from 'dayjs';

/**
 * The date range picker works in whole local days; the API takes instants. "From" is the start of the first
 * day, "to" the last millisecond of the last day, so a one-day range covers that whole day in China time.
 */
export function rangeToInstants(range: [Dayjs, Dayjs] | null | undefined): { from?: string; to?: string } {
  if (!range) return {};
  return { from: range[0].startOf('day').toISOString(), to: range[1].endOf('day').toISOString() };
}

export function instantsToRange(from: string | null, to: string | null): [Dayjs, Dayjs] | null {
  if (!from || !to) return null;
  const a = dayjs(from);
  const b = dayjs(to);
  return a.isValid() && b.isValid() ? [a, b] : null;
}

/** One change per field, in a stable order, for the expanded row. */
export function changeRows(
  changes: Record<string, { before: unknown; after: unknown }> | null,
): { field: string; before: unknown; after: unknown }[] {
  if (!changes) return [];
  return Object.keys(changes)
    .sort()
    .map((field) => ({ field, before: changes[field]?.before, after: changes[field]?.after }));
}
