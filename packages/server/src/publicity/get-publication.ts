import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { StoredRedaction } from '../db/schema-publicity.js';
import { AppError } from '../errors/app-error.js';
import { presentCorrection, presentPublication, redactedBody } from './present.js';

/**
 * One publication for the publicity officer's editor: the unredacted source (a protected read, audited),
 * the redactions in force and those first proposed, the body as it would appear, every published version
 * and the correction requests.
 */
export async function getPublication(deps: AppDeps, ctx: RequestContext, id: string) {
  const today = todayInChina();
  const cal = await loadCalendar(deps.db);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('PUBLICATION_NOT_FOUND');
    const versions = await trx
      .selectFrom('publication_versions as v')
      .leftJoin('users as u', 'u.id', 'v.published_by')
      .select(['v.version', 'v.title', 'v.body', 'v.reason', 'v.published_at', 'u.display_name'])
      .where('v.publication_id', '=', id)
      .orderBy('v.version', 'desc')
      .execute();
    const corrections = await trx
      .selectFrom('publication_corrections')
      .selectAll()
      .where('publication_id', '=', id)
      .orderBy('filed_on', 'desc')
      .execute();
    const kase = await trx
      .selectFrom('cases')
      .select(['case_no', 'source_no', 'stage'])
      .where('id', '=', row.case_id)
      .executeTakeFirst();
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.viewed',
      targetType: 'publication',
      targetId: id,
    });
    return {
      publication: {
        ...presentPublication(row, cal, today),
        caseNo: kase?.case_no ?? kase?.source_no ?? null,
        sourceText: row.source_text,
        redactions: row.redactions as StoredRedaction[],
        suggested: row.suggested as StoredRedaction[],
        preview: redactedBody(row),
        versions: versions.map((v) => ({
          version: v.version,
          title: v.title,
          body: v.body,
          reason: v.reason,
          publishedAt: new Date(v.published_at).toISOString(),
          publishedBy: v.display_name ?? null,
        })),
        corrections: corrections.map((c) => presentCorrection(c, cal, today)),
      },
    };
  });
}
