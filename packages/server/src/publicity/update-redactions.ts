import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getPublication } from './get-publication.js';
import { checkRedactions, lockPublication } from './publication-store.js';

/** The publicity officer adds or removes redactions on a draft (P-09): the whole set in force is sent. */
export async function updateRedactions(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: {
    redactions: { kind: string; start: number; end: number; origin?: 'auto' | 'manual' | undefined }[];
  },
) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockPublication(trx, id);
    if (row.status !== 'draft') throw new AppError('PUBLICATION_NOT_DRAFT', { status: row.status });
    const next = checkRedactions(
      row.source_text,
      input.redactions.map((r) => ({ ...r, origin: r.origin ?? 'manual' })),
    );
    const before = row.redactions.map((r) => `${r.kind}:${r.start}-${r.end}`);
    const after = next.map((r) => `${r.kind}:${r.start}-${r.end}`);
    await trx
      .updateTable('publications')
      .set({ redactions: JSON.stringify(next), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.redactions-changed',
      targetType: 'publication',
      targetId: id,
      changes: {
        added: { before: null, after: after.filter((x) => !before.includes(x)) },
        removed: { before: before.filter((x) => !after.includes(x)), after: null },
      },
    });
  });
  return getPublication(deps, ctx, id);
}
