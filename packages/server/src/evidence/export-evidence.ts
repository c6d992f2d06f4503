import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { recordCustody } from './custody.js';
import { activeLinks, type EvidenceRow, loadEvidenceRow, presentEvidence } from './evidence-query.js';
import { custodyTrail } from './list-custody.js';

/** The format the bundle's manifest declares; `sanxiang verify-bundle` checks it. */
export const BUNDLE_FORMAT = 'sanxiang-evidence-bundle/1';

const README = `三项制度行政执法平台 证据导出包 / Sanxiang evidence bundle

本包内容 Contents:
  manifest.json   每个文件的大小、SHA-256 与 SM3 摘要，及 custody.json 的摘要
                  size, SHA-256 and SM3 of every file, and the digests of custody.json
  custody.json    每件证据的保管链（上传、查看、播放、下载、导出、关联、取消关联）
                  each item's chain of custody
  files/          原始文件 the original files
  SHA256SUMS      同一摘要的 sha256sum 格式 the same digests for sha256sum -c

离线校验 Verify offline (no server needed):
  npx sanxiang verify-bundle <this.zip>
或解压后 or, unzipped:  sha256sum -c SHA256SUMS   及 and  openssl dgst -sm3 files/*
`;

/**
 * an export bundle of evidence (a case's linked items, or the items named) — a zip of the original
 * files, a manifest of their digests and the custody history — that anyone can check offline. The export
 * itself is a custody event of each item, recorded before the bundle is made so the bundle's history
 * includes it. Files are streamed from the blob store into the zip one at a time, never held whole.
 */
export async function exportEvidence(
  deps: AppDeps,
  ctx: RequestContext,
  query: { caseId?: string | undefined; ids?: string[] | undefined },
): Promise<{ fileName: string; stream: Readable }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  let ids = query.ids ?? [];
  let caseInfo: { id: string; number: string } | null = null;
  if (query.caseId) {
    const kase = await deps.db
      .selectFrom('cases')
      .select(['id', 'unit_id', 'case_no', 'source_no'])
      .where('id', '=', query.caseId)
      .executeTakeFirst();
    if (!kase) throw new AppError('NOT_FOUND');
    await assertUnitVisible(deps.db, actor, kase.unit_id);
    caseInfo = { id: kase.id, number: kase.case_no ?? kase.source_no };
    if (ids.length === 0) {
      const linked = await deps.db
        .selectFrom('evidence_links')
        .select('evidence_id')
        .where('case_id', '=', kase.id)
        .where('unlinked_at', 'is', null)
        .execute();
      ids = linked.map((l) => l.evidence_id);
    }
  }
  ids = [...new Set(ids)];
  if (ids.length === 0) throw fieldError('ids', '没有可导出的证据', 'There is no evidence to export');
  const rows: EvidenceRow[] = [];
  for (const id of ids) rows.push(await loadEvidenceRow(deps.db, id, actor));
  rows.sort(
    (a, b) =>
      new Date(a.captured_at).getTime() - new Date(b.captured_at).getTime() || a.id.localeCompare(b.id),
  );

  const bundleId = randomUUID();
  const exportedAt = new Date();
  await deps.db.transaction().execute(async (trx) => {
    for (const row of rows)
      await recordCustody(trx, ctx, row.id, 'exported', {
        caseId: caseInfo?.id ?? null,
        detail: { bundle: bundleId, items: rows.length },
      });
  });
  const links = await activeLinks(
    deps.db,
    rows.map((r) => r.id),
  );
  const custody: Record<string, unknown> = {};
  for (const row of rows) custody[row.id] = await custodyTrail(deps.db, row.id);
  const custodyJson = Buffer.from(JSON.stringify(custody, null, 2));

  const store = blobStoreFor(deps.config);
  const zip = new yazl.ZipFile();
  const items = rows.map((row, i) => {
    const path = `files/${String(i + 1).padStart(3, '0')}-${row.id.slice(0, 8)}-${safeName(row.file_name)}`;
    return { path, row };
  });
  const manifest = {
    format: BUNDLE_FORMAT,
    bundleId,
    exportedAt: exportedAt.toISOString(),
    exportedBy: { username: actor.username, name: actor.displayName, unit: actor.unitName },
    case: caseInfo,
    custody: { path: 'custody.json', size: custodyJson.length, ...digests(custodyJson) },
    items: items.map(({ path, row }) => ({
      path,
      size: Number(row.size),
      sha256: row.sha256,
      sm3: row.sm3,
      evidence: presentEvidence(row, links.get(row.id)),
    })),
  };
  const manifestJson = Buffer.from(JSON.stringify(manifest, null, 2));
  const sums = `${items.map(({ path, row }) => `${row.sha256}  ${path}`).join('\n')}\n${digests(custodyJson).sha256}  custody.json\n`;
  zip.addBuffer(Buffer.from(README), 'README.txt', { mtime: exportedAt });
  zip.addBuffer(manifestJson, 'manifest.json', { mtime: exportedAt });
  zip.addBuffer(custodyJson, 'custody.json', { mtime: exportedAt });
  zip.addBuffer(Buffer.from(sums), 'SHA256SUMS', { mtime: exportedAt });
  for (const { path, row } of items) {
    zip.addReadStreamLazy(
      path,
      { mtime: new Date(row.captured_at), compress: false, size: Number(row.size) },
      (cb) => {
        store.get(row.blob_key).then(
          (stream) => cb(null, stream),
          (error) => cb(error, undefined as never),
        );
      },
    );
  }
  zip.end();
  const name = `evidence-${caseInfo ? caseInfo.number : 'items'}-${exportedAt.toISOString().slice(0, 10)}.zip`;
  return { fileName: name, stream: zip.outputStream as Readable };
}

function digests(buffer: Buffer) {
  return {
    sha256: createHash('sha256').update(buffer).digest('hex'),
    sm3: createHash('sm3').update(buffer).digest('hex'),
  };
}

function safeName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('');
  return cleaned.slice(-120) || 'file';
}
