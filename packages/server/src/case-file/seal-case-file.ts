import { randomUUID } from 'node:crypto';
import { sealsCaseFile } from '@sanxiang/core';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import type { BlobStore } from '../storage/blob-store.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { assembleCaseFile, bufferStream } from './assemble-case-file.js';

// sealing. The PDF is assembled and stored (blob store: SM3 and SHA-256 while streaming) before the
// transaction opens; the transaction then records the sealed version with both digests and its manifest,
// supersedes the previous version when an amendment was approved (the old row and its file stay), and
// appends the audit event. A sealed row cannot change or be deleted (trigger of 0012).

export interface SealOptions {
  /** The approved amendment this version answers, with what the 备考表 says of it. */
  amendment?: { id: string; reason: string; opinion: string };
  /** When the seal is recorded (default now; the demo dates its seals). */
  at?: Date;
}

export async function sealCaseFile(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  opts: SealOptions = {},
) {
  return sealCaseFileIn({ db: deps.db, store: blobStoreFor(deps.config) }, ctx, caseId, opts);
}

/** The same with the database and blob store named (the demo seed passes its own store and times). */
export async function sealCaseFileIn(
  deps: { db: Kysely<DB>; store: BlobStore },
  ctx: RequestContext,
  caseId: string,
  opts: SealOptions = {},
) {
  const store = deps.store;
  const now = opts.at ?? new Date();
  const previous = await deps.db
    .selectFrom('case_files')
    .select(['id', 'version'])
    .where('case_id', '=', caseId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  const version = (previous?.version ?? 0) + 1;
  const pastAmendments = await deps.db
    .selectFrom('case_file_amendments as a')
    .innerJoin('case_files as f', 'f.id', 'a.new_file_id')
    .select(['a.reason', 'a.decided_by_name', 'a.decided_at', 'f.version'])
    .where('a.case_id', '=', caseId)
    .where('a.status', '=', 'approved')
    .orderBy('f.version')
    .execute();
  const sealedBy = ctx.actor?.displayName ?? '系统';
  const amendments = pastAmendments.map((a) => ({
    reason: a.reason,
    by: a.decided_by_name ?? '',
    on: new Date(a.decided_at!).toISOString().slice(0, 10),
    version: a.version,
  }));
  if (opts.amendment)
    amendments.push({
      reason: opts.amendment.reason,
      by: sealedBy,
      on: now.toISOString().slice(0, 10),
      version,
    });
  const file = await assembleCaseFile(deps.db, store, caseId, { version, sealedBy, now, amendments });
  const blob = await store.put(bufferStream(file.pdf));
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await trx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
    const current = await currentSealed(trx, caseId);
    if ((current?.version ?? 0) !== (previous?.version ?? 0)) throw new AppError('CASE_FILE_ALREADY_SEALED');
    if (current && !opts.amendment) throw new AppError('CASE_FILE_ALREADY_SEALED');
    if (current)
      await trx
        .updateTable('case_files')
        .set({ status: 'superseded' })
        .where('id', '=', current.id)
        .execute();
    await trx
      .insertInto('case_files')
      .values({
        id,
        case_id: caseId,
        version,
        status: 'sealed',
        pdf_key: blob.key,
        pdf_size: blob.size,
        pdf_sha256: blob.sha256,
        pdf_sm3: blob.sm3,
        page_count: file.pageCount,
        manifest: JSON.stringify(file.manifest),
        sealed_at: now,
        sealed_by: ctx.actor?.userId ?? null,
        sealed_by_name: sealedBy,
        amendment_id: opts.amendment?.id ?? null,
      })
      .execute();
    if (opts.amendment) {
      const res = await trx
        .updateTable('case_file_amendments')
        .set({
          status: 'approved',
          decided_by: ctx.actor?.userId ?? null,
          decided_by_name: sealedBy,
          decided_at: now,
          opinion: opts.amendment.opinion,
          new_file_id: id,
        })
        .where('id', '=', opts.amendment.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CASE_FILE_AMENDMENT_DECIDED');
      await appendAuditEvent(trx, ctx, {
        operation: 'case-file.amendment-approved',
        targetType: 'case',
        targetId: caseId,
        changes: { amendment: { before: 'pending', after: 'approved' } },
        reason: opts.amendment.opinion,
      });
    }
    await appendAuditEvent(trx, ctx, {
      operation: 'case-file.sealed',
      targetType: 'case',
      targetId: caseId,
      changes: {
        version: { before: current?.version ?? null, after: version },
        sha256: { before: null, after: blob.sha256 },
        sm3: { before: null, after: blob.sm3 },
      },
      reason: opts.amendment ? `amendment:${opts.amendment.id}` : null,
    });
  });
  return { id, version, sha256: blob.sha256, sm3: blob.sm3, pageCount: file.pageCount };
}

export function currentSealed(db: Tx, caseId: string) {
  return db
    .selectFrom('case_files')
    .select(['id', 'version'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'sealed')
    .executeTakeFirst();
}

/**
 * The engine's hook (cases/run-action.ts, after the act commits): a case that has reached a final stage
 * (归档, 结束, 拆除完毕 …) and has no sealed file gets one. A failure here (say the fonts are missing) does not
 * undo the act; the file view then offers to seal it (POST /cases/:id/case-file/seal).
 */
export async function sealIfClosed(deps: AppDeps, ctx: RequestContext, caseId: string): Promise<void> {
  const c = await deps.db
    .selectFrom('cases')
    .select(['procedure', 'stage'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c || !sealsCaseFile(c.procedure, c.stage)) return;
  if (await currentSealed(deps.db, caseId)) return;
  try {
    await sealCaseFile(deps, ctx, caseId);
  } catch (e) {
    process.emitWarning(`case file of ${caseId} not sealed: ${(e as Error).message}`, 'CaseFileSealWarning');
  }
}

/** POST /cases/:id/case-file/seal: seal a closed case whose file is not sealed yet (after a failed hook). */
export async function sealClosedCaseFile(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  assertScope: () => Promise<void>,
) {
  await assertScope();
  const c = await deps.db
    .selectFrom('cases')
    .select(['procedure', 'stage'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND');
  if (!sealsCaseFile(c.procedure, c.stage)) throw new AppError('CASE_FILE_NOT_SEALED');
  if (await currentSealed(deps.db, caseId)) throw new AppError('CASE_FILE_ALREADY_SEALED');
  await sealCaseFile(deps, ctx, caseId);
}
