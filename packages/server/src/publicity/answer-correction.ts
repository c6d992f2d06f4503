import { sql } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { StoredRedaction } from '../db/schema-publicity.js';
import { AppError } from '../errors/app-error.js';
import { redactionOptionsFor } from './draft-publication.js';
import { loadPublicityPolicy } from './policy.js';
import { presentCorrection, redactedBody } from './present.js';
import { checkRedactions, lockPublication, refindRedactions, writeVersion } from './publication-store.js';

export interface AnswerCorrectionInput {
  outcome: 'accepted' | 'rejected';
  answer: string;
  /** Accepted: the corrected source text (redactions are found afresh unless given), and/or … */
  sourceText?: string | undefined;
  /** … the corrected redactions. At least one of the two when accepted. */
  redactions?: { kind: string; start: number; end: number }[] | undefined;
}

/**
 * The publicity officer answers a correction request (P-02). Accepted: the item is republished as a new
 * immutable version with the answer as its reason, and the earlier versions stay on record. Rejected: the
 * answer is recorded and the item stays as it was.
 */
export async function answerCorrection(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: AnswerCorrectionInput,
) {
  const cal = await loadCalendar(deps.db);
  const row = await deps.db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom('publication_corrections')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw new AppError('CORRECTION_NOT_FOUND');
    if (c.status !== 'open') throw new AppError('CORRECTION_NOT_OPEN');
    let version: number | null = null;
    if (input.outcome === 'accepted') {
      if (input.sourceText === undefined && input.redactions === undefined)
        throw new AppError('CORRECTION_CHANGE_REQUIRED');
      const pub = await lockPublication(trx, c.publication_id);
      if (pub.status !== 'published') throw new AppError('PUBLICATION_NOT_PUBLISHED', { status: pub.status });
      const text = input.sourceText ?? pub.source_text;
      let redactions: StoredRedaction[];
      if (input.redactions) redactions = checkRedactions(text, input.redactions);
      else {
        const parties = await trx
          .selectFrom('case_parties')
          .select(['kind', 'name', 'address'])
          .where('case_id', '=', pub.case_id)
          .orderBy('sort')
          .execute();
        const { punishedPersonName } = await loadPublicityPolicy(trx);
        redactions = refindRedactions(text, redactionOptionsFor(parties, punishedPersonName));
      }
      const body = redactedBody({ source_text: text, redactions });
      version = await writeVersion(trx, pub, {
        title: pub.title,
        body,
        redactions,
        reason: input.answer,
        by: ctx.actor?.userId ?? null,
      });
      await trx
        .updateTable('publications')
        .set({
          source_text: text,
          redactions: JSON.stringify(redactions),
          current_version: version,
          updated_at: new Date(),
        })
        .where('id', '=', pub.id)
        .execute();
    }
    await trx
      .updateTable('publication_corrections')
      .set({
        status: input.outcome,
        answer: input.answer,
        answered_at: new Date(),
        answered_by: ctx.actor?.userId ?? null,
        version_published: version,
      })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.correction-answered',
      targetType: 'publication',
      targetId: c.publication_id,
      changes: {
        correction: { before: 'open', after: input.outcome },
        ...(version ? { version: { before: version - 1, after: version } } : {}),
      },
      reason: input.answer,
    });
    return trx
      .selectFrom('publication_corrections')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  });
  return { correction: presentCorrection(row, cal, todayInChina()) };
}

export async function listCorrections(
  deps: AppDeps,
  input: { status?: 'open' | 'accepted' | 'rejected' | undefined; page: number; pageSize: number },
) {
  const cal = await loadCalendar(deps.db);
  const today = todayInChina();
  let q = deps.db
    .selectFrom('publication_corrections as c')
    .innerJoin('publications as p', 'p.id', 'c.publication_id');
  if (input.status) q = q.where('c.status', '=', input.status);
  const { total } = await q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('c')
    .select(['p.title as publication_title', 'p.public_id as publication_public_id'])
    .orderBy(sql`case when c.status = 'open' then 0 else 1 end`)
    .orderBy('c.filed_on')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      ...presentCorrection(r, cal, today),
      publicationTitle: r.publication_title,
      publicationPublicId: r.publication_public_id,
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
