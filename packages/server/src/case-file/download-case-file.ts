import type { Readable } from 'node:stream';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { readableCase, readReason } from './case-file-query.js';

/** One sealed version's PDF, exactly as sealed (its digests in the headers); a logged protected read. */
export async function downloadCaseFile(deps: AppDeps, ctx: RequestContext, caseId: string, version: number) {
  const { c, decision } = await readableCase(deps.db, ctx.actor!, caseId);
  const f = await deps.db
    .selectFrom('case_files')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!f) throw new AppError('NOT_FOUND');
  await deps.db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'case-file.downloaded',
      targetType: 'case',
      targetId: caseId,
      changes: { version: { before: null, after: version } },
      reason: readReason(decision),
    }),
  );
  const body: Readable = await blobStoreFor(deps.config).get(f.pdf_key);
  return {
    name: `电子案卷-${c.case_no ?? c.source_no}-v${version}.pdf`,
    size: f.pdf_size,
    sha256: f.pdf_sha256,
    sm3: f.pdf_sm3,
    body,
  };
}
