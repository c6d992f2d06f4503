import { PassThrough, type Readable } from 'node:stream';
import archiver from 'archiver';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { recordCustody } from '../evidence/custody.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { readableCase, readReason } from './case-file-query.js';

// R-07 “exported on request”: one zip, streamed (footage can be large, nothing is held in memory whole):
// the sealed PDF, the original files (issued documents as frozen, evidence as ingested), manifest.json with
// every file's SM3 and SHA-256 and the sealed PDF's digests, and a README saying how to check them offline.

const README = `电子案卷导出包 / Case file export

本包内容：
  case-file.pdf      封存的电子案卷（封面、卷内目录、文书、证据材料清单、备考表）
  documents/         已签发文书原件（签发时冻结的 PDF）
  evidence/          证据原件（照片、录音、音像）
  manifest.json      每个文件的 SHA-256 与 SM3 摘要、封存版本与时间

离线核验（Linux，需 OpenSSL 3 以上）：
  sha256sum case-file.pdf            与 manifest.json 中 caseFile.sha256 比对
  openssl dgst -sm3 case-file.pdf    与 manifest.json 中 caseFile.sm3 比对
  对 documents/ 与 evidence/ 下每个文件同样计算，与 manifest.json 的 files[].sha256 / sm3 比对。
摘要一致，说明文件与封存时完全相同。封存事件本身记录在平台的审计日志中，可通过公开的透明日志接口核验。

To check offline: compare \`sha256sum\` and \`openssl dgst -sm3\` of every file with manifest.json.
`;

export async function exportCaseFile(deps: AppDeps, ctx: RequestContext, caseId: string, version?: number) {
  const { c, decision } = await readableCase(deps.db, ctx.actor!, caseId);
  let q = deps.db.selectFrom('case_files').selectAll().where('case_id', '=', caseId);
  q = version ? q.where('version', '=', version) : q.where('status', '=', 'sealed');
  const f = await q.executeTakeFirst();
  if (!f) throw version ? new AppError('NOT_FOUND') : new AppError('CASE_FILE_NOT_SEALED');
  // every evidence original that leaves in the bundle is an export in its chain of custody.
  const evidenceKeys = f.manifest.filter((e) => e.section === 'evidence' && e.file).map((e) => e.file!.key);
  const items = evidenceKeys.length
    ? await deps.db
        .selectFrom('evidence_items as e')
        .innerJoin('evidence_links as l', 'l.evidence_id', 'e.id')
        .select(['e.id', 'l.stage'])
        .distinctOn('e.id')
        .where('e.blob_key', 'in', evidenceKeys)
        .where('l.case_id', '=', caseId)
        .execute()
    : [];
  await deps.db.transaction().execute(async (trx) => {
    await appendAuditEvent(trx, ctx, {
      operation: 'case-file.exported',
      targetType: 'case',
      targetId: caseId,
      changes: { version: { before: null, after: f.version } },
      reason: readReason(decision),
    });
    for (const item of items)
      await recordCustody(trx, ctx, item.id, 'exported', {
        caseId,
        stage: item.stage,
        detail: { caseFileVersion: f.version },
      });
  });
  const store = blobStoreFor(deps.config);
  const caseNo = c.case_no ?? c.source_no;
  const files = f.manifest.flatMap((e) => (e.file ? [e.file] : []));
  const manifest = {
    caseNo,
    version: f.version,
    sealedAt: new Date(f.sealed_at).toISOString(),
    sealedBy: f.sealed_by_name,
    caseFile: {
      name: 'case-file.pdf',
      size: f.pdf_size,
      sha256: f.pdf_sha256,
      sm3: f.pdf_sm3,
      pages: f.page_count,
    },
    entries: f.manifest.map(({ file, ...e }) => ({ ...e, file: file?.name ?? null })),
    files: files.map(({ key: _key, ...rest }) => rest),
  };
  const zip = archiver('zip', { zlib: { level: 6 } });
  const out = new PassThrough();
  zip.on('error', (e) => out.destroy(e));
  zip.pipe(out);
  zip.append(README, { name: 'README.txt' });
  zip.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: 'manifest.json' });
  zip.append(await store.get(f.pdf_key), { name: 'case-file.pdf' });
  // Originals are opened one at a time as the archive reaches them.
  void (async () => {
    try {
      for (const file of files) zip.append(await store.get(file.key), { name: file.name });
      await zip.finalize();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return { name: `电子案卷-${caseNo}-v${f.version}.zip`, body: out as Readable };
}
