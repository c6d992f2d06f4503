// List pages keep their filters and page number in the URL, so a filtered list can be bookmarked, shared
// with a colleague, and survives the back button.

export type SearchPatch = Record<string, string | number | null | undefined>;

/**
 * Applies a change to the search parameters. Changing any filter goes back to page 1 (the old page number
 * may not exist in the new result), unless the patch sets the page itself.
 */
export function mergeSearchParams(prev: URLSearchParams, patch: SearchPatch): URLSearchParams {
  const next = new URLSearchParams(prev);
  let filterChanged = false;
  for (const [key, value] of Object.entries(patch)) {
    const text = value === null || value === undefined ? '' : String(value);
    if ((prev.get(key) ?? '') !== text && key !== 'page' && key !== 'pageSize') filterChanged = true;
    if (text === '') next.delete(key);
    else next.set(key, text);
  }
  if (filterChanged && !('page' in patch)) next.delete('page');
  return next;
}

export function readPositiveInt(params: URLSearchParams, key: string, fallback: number): number {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** A filter value only if it is one of the allowed ones; a hand-edited URL must not reach the API as is. */
export function readEnum<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const v = params.get(key);
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}
