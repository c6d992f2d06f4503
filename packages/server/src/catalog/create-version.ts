import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { copyItems } from './item-store.js';
import { isUniqueViolation } from './unique-violation.js';
import { currentVersion, getVersionOrThrow } from './version-query.js';

export interface CreateVersionInput {
  title: string;
  note?: string | undefined;
}

/**
 * Opens a new draft of a list, starting as a copy of the current (newest filed) version's items. A kind
 * has at most one open version; the partial unique index settles a race between two creators.
 */
export async function createVersion(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  input: CreateVersionInput,
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const id = randomUUID();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const open = await trx
        .selectFrom('catalog_versions')
        .select('id')
        .where('kind', '=', kind)
        .where('status', 'in', ['draft', 'submitted', 'approved'])
        .executeTakeFirst();
      if (open) throw new AppError('CATALOG_DRAFT_EXISTS', { versionId: open.id });
      const { last } = await trx
        .selectFrom('catalog_versions')
        .select((eb) => eb.fn.max('version_no').as('last'))
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow();
      const versionNo = Number(last ?? 0) + 1;
      const base = await currentVersion(trx, kind);
      await trx
        .insertInto('catalog_versions')
        .values({
          id,
          kind,
          version_no: versionNo,
          title: input.title,
          note: input.note ?? '',
          status: 'draft',
          created_by: actor.userId,
        })
        .execute();
      const copied = base ? await copyItems(trx, kind, base.id, id) : 0;
      await appendAuditEvent(trx, ctx, {
        operation: 'catalog.version-created',
        targetType: 'catalog_version',
        targetId: id,
        changes: {
          kind: { before: null, after: kind },
          versionNo: { before: null, after: versionNo },
          title: { before: null, after: input.title },
          note: { before: null, after: input.note ?? '' },
          basedOn: { before: null, after: base ? { id: base.id, versionNo: base.version_no } : null },
          itemCount: { before: null, after: copied },
        },
      });
    });
  } catch (e) {
    if (
      isUniqueViolation(e, 'catalog_versions_one_open') ||
      isUniqueViolation(e, 'catalog_versions_kind_version_no_key')
    )
      throw new AppError('CATALOG_DRAFT_EXISTS');
    throw e;
  }
  return getVersionOrThrow(deps.db, kind, id);
}
