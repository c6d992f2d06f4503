import { sealsCaseFile } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { AUDIT_OPERATIONS, type AuditOperation } from '../audit/operations.js';
import type { AppDeps, RequestContext } from '../context.js';
import { presentVersion, readableCase, readReason } from './case-file-query.js';

// the case file's state, its sealed versions with both digests, the current manifest, the
// amendments, and its trail (who sealed, read, downloaded, exported or amended it, from the audit log). The
// view is a protected read and leaves its own event.

export async function getCaseFile(deps: AppDeps, ctx: RequestContext, caseId: string) {
  const db = deps.db;
  const { c, decision } = await readableCase(db, ctx.actor!, caseId);
  const [files, amendments] = await Promise.all([
    db
      .selectFrom('case_files')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('version', 'desc')
      .execute(),
    db
      .selectFrom('case_file_amendments')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('requested_at', 'desc')
      .execute(),
  ]);
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'case-file.viewed',
      targetType: 'case',
      targetId: caseId,
      reason: readReason(decision),
    }),
  );
  const trail = await db
    .selectFrom('audit_events')
    .select(['at', 'operation', 'actor_name', 'actor_unit_name'])
    .where('target_type', '=', 'case')
    .where('target_id', '=', caseId)
    .where('operation', 'like', 'case-file.%')
    .orderBy('seq', 'desc')
    .limit(50)
    .execute();
  const current = files.find((f) => f.status === 'sealed') ?? null;
  const versionOf = new Map(files.map((f) => [f.id, f.version]));
  return {
    caseId,
    caseNo: c.case_no ?? c.source_no,
    state: current
      ? ('sealed' as const)
      : sealsCaseFile(c.procedure, c.stage)
        ? ('unsealed' as const)
        : ('open' as const),
    current: current ? presentVersion(current) : null,
    versions: files.map(presentVersion),
    manifest: current ? current.manifest : [],
    amendments: amendments.map((a) => ({
      id: a.id,
      fileVersion: versionOf.get(a.case_file_id) ?? 0,
      reason: a.reason,
      status: a.status,
      requestedBy: a.requested_by_name,
      requestedAt: new Date(a.requested_at).toISOString(),
      decidedBy: a.decided_by_name,
      decidedAt: a.decided_at ? new Date(a.decided_at).toISOString() : null,
      opinion: a.opinion,
      newVersion: a.new_file_id ? (versionOf.get(a.new_file_id) ?? null) : null,
    })),
    trail: trail.map((t) => ({
      at: new Date(t.at).toISOString(),
      operation: t.operation,
      operationName: AUDIT_OPERATIONS[t.operation as AuditOperation]?.name ?? t.operation,
      actor: t.actor_name,
      unitName: t.actor_unit_name,
    })),
  };
}
