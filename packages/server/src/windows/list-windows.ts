import type { Tx } from '../context.js';
import { presentWindow, windowQuery } from './window-query.js';

/** The service windows in board order; the portal lists only the active ones. */
export async function listWindows(db: Tx, options: { activeOnly?: boolean } = {}) {
  let q = windowQuery(db).orderBy('sort').orderBy('code');
  if (options.activeOnly) q = q.where('active', '=', true);
  return { items: (await q.execute()).map(presentWindow) };
}

/** One active window by its number, for its board; null when there is none. */
export async function getActiveWindow(db: Tx, code: string) {
  if (!/^[A-Za-z0-9-]{1,20}$/.test(code)) return null;
  const row = await windowQuery(db).where('code', '=', code).where('active', '=', true).executeTakeFirst();
  return row ? presentWindow(row) : null;
}
