import { assertCaseReadable, type ReadDecision } from '../case-access/case-readable.js';
import type { Actor, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';

/** The case for a reader: its scope or a valid cross-unit grant; NOT_FOUND otherwise. */
export async function readableCase(db: Tx, actor: Actor, caseId: string) {
  const c = await db
    .selectFrom('cases')
    .select(['id', 'unit_id', 'procedure', 'stage', 'status', 'case_no', 'source_no'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND');
  const decision: ReadDecision = await assertCaseReadable(db, actor, c);
  return { c, decision };
}

export const readReason = (d: ReadDecision) => (d.requestId ? `grant:${d.requestId}` : null);

export function presentVersion(f: {
  version: number;
  status: 'sealed' | 'superseded';
  sealed_at: Date | string;
  sealed_by_name: string;
  pdf_size: number;
  page_count: number;
  pdf_sha256: string;
  pdf_sm3: string;
  amendment_id: string | null;
}) {
  return {
    version: f.version,
    status: f.status,
    sealedAt: new Date(f.sealed_at).toISOString(),
    sealedBy: f.sealed_by_name,
    pdfSize: f.pdf_size,
    pageCount: f.page_count,
    sha256: f.pdf_sha256,
    sm3: f.pdf_sm3,
    amendmentId: f.amendment_id,
  };
}
