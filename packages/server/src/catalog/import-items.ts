import { appendAuditEvent } from '../audit/append-audit-event.js';
import { canonicalJson } from '../audit/hash.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { insertItems, listItems } from './item-store.js';
import type { CatalogItem } from './schemas.js';
import { lockDraft } from './version-query.js';

const BATCH = 500;

export interface ImportCounts {
  before: number;
  after: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/**
 * Replaces every item of a draft with the imported ones, all or nothing (P-03/P-04 Excel import): one
 * transaction locks the draft (409 CATALOG_VERSION_LOCKED if it has left draft meanwhile), removes the old
 * items, inserts the new in batches and appends one audit event with the counts and the workbook's digest.
 * The items arrive already checked (workbook-reader.ts: schema, legal bases, units).
 */
export async function importItems(
  deps: AppDeps,
  ctx: RequestContext,
  kind: CatalogKind,
  versionId: string,
  items: readonly CatalogItem[],
  source: { jobId: string; fileName: string; sha256: string },
): Promise<ImportCounts> {
  return deps.db.transaction().execute(async (trx) => {
    await lockDraft(trx, kind, versionId);
    const { items: old } = await listItems(trx, kind, versionId, {}, null);
    const oldByCode = new Map(old.map((i) => [i.code, canonicalJson(i)]));
    const counts: ImportCounts = {
      before: old.length,
      after: items.length,
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 0,
    };
    const incoming = new Set<string>();
    for (const item of items) {
      incoming.add(item.code);
      const previous = oldByCode.get(item.code);
      if (previous === undefined) counts.added++;
      else if (previous === canonicalJson(item)) counts.unchanged++;
      else counts.changed++;
    }
    counts.removed = old.filter((i) => !incoming.has(i.code)).length;

    const table = kind === 'matters' ? 'matter_items' : 'inspection_items';
    await trx.deleteFrom(table).where('version_id', '=', versionId).execute();
    for (let i = 0; i < items.length; i += BATCH)
      await insertItems(trx, kind, versionId, items.slice(i, i + BATCH) as CatalogItem[]);

    await appendAuditEvent(trx, ctx, {
      operation: 'catalog.items-imported',
      targetType: 'catalog_version',
      targetId: versionId,
      changes: { itemCount: { before: counts.before, after: counts.after } },
      reason:
        `Excel 导入「${source.fileName}」（SHA-256 ${source.sha256}，任务 ${source.jobId}）：` +
        `新增 ${counts.added}，修改 ${counts.changed}，删除 ${counts.removed}，未变 ${counts.unchanged}`,
    });
    return counts;
  });
}
