import { sql } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import { type AppDeps, systemContext } from '../context.js';
import type { JobHandler } from '../jobs/index.js';

/**
 * The scheduled job (P-09): every published item whose public period ended before `today` is taken down —
 * off the portal, the search and the feed; its address answers "not found" like any unknown one. Runs
 * daily; the job runner (jobs/) calls it, and it can be run by hand. Returns how many were taken down.
 */
export async function takeDownExpired(deps: Pick<AppDeps, 'db'>, today = todayInChina()): Promise<number> {
  const ctx = systemContext('publicity.take-down-expired');
  return deps.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('publications')
      .select(['id', 'public_until'])
      .where('status', '=', 'published')
      .where('public_until', '<', today)
      .forUpdate()
      .execute();
    for (const p of due) {
      await sql`update publications set status = 'taken-down', taken_down_at = now(), search_vector = null, updated_at = now() where id = ${p.id}`.execute(
        trx,
      );
      await appendAuditEvent(trx, ctx, {
        operation: 'publication.taken-down',
        targetType: 'publication',
        targetId: p.id,
        changes: { status: { before: 'published', after: 'taken-down' } },
        reason: `公示期限已于${String(p.public_until).slice(0, 10)}届满`,
      });
    }
    return due.length;
  });
}

/** The job runner's handler (jobs/scheduled-jobs.ts): take down what expired before today in China. */
export const takeDownExpiredJob: JobHandler = async ({ db, now }) => {
  const n = await takeDownExpired({ db }, todayInChina(now));
  return `taken down ${n}`;
};
