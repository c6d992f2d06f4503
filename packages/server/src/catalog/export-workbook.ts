import { PassThrough, type Readable } from 'node:stream';
import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { listItems } from './item-store.js';
import type { CatalogItem } from './schemas.js';
import { getVersionOrThrow } from './version-query.js';
import { loadWorkbookReferences } from './workbook-references.js';
import { writeCatalogWorkbook } from './workbook-writer.js';

const PAGE = 500;
const LIST_NAMES: Record<CatalogKind, string> = {
  matters: '行政执法事项清单',
  inspections: '随机抽查事项清单',
};
const STATUS_NAMES = { draft: '草稿', submitted: '待审批', approved: '已批准', filed: '已备案' } as const;

/**
 * A version's items as a workbook in the import layout (GET …/export.xlsx). The workbook is written while
 * it is sent: items are read a page at a time and streamed out, never built whole in memory. A draft
 * edited during its own export may come out mixed; filed versions never change, so their export is exact.
 */
export async function exportWorkbook(
  deps: AppDeps,
  kind: CatalogKind,
  versionId: string,
): Promise<{ fileName: string; stream: Readable }> {
  const version = await getVersionOrThrow(deps.db, kind, versionId);
  const refs = await loadWorkbookReferences(deps.db);
  const title = `${LIST_NAMES[kind]} 第${version.versionNo}版（${STATUS_NAMES[version.status]}）`;
  async function* batches(): AsyncGenerator<CatalogItem[]> {
    for (let page = 1; ; page++) {
      const { items } = await listItems(deps.db, kind, versionId, {}, { page, pageSize: PAGE });
      if (items.length > 0) yield items;
      if (items.length < PAGE) return;
    }
  }
  const stream = new PassThrough();
  writeCatalogWorkbook(stream, { kind, title, refs, batches: batches() as never }).catch((error: Error) =>
    stream.destroy(error),
  );
  return { fileName: `${LIST_NAMES[kind]}-第${version.versionNo}版.xlsx`, stream };
}
