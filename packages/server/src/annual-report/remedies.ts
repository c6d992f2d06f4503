import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import type { RemedyInput } from './schemas.js';

// The register of reconsiderations and suits against the bureau's decisions (P-11 counts their outcomes;
// DOMAIN "Remedies"). Kept by the regulation section: filed, then the outcome when it is reached.

function remedyQuery(db: Tx) {
  return db
    .selectFrom('remedy_cases as r')
    .leftJoin('cases as c', 'c.id', 'r.case_id')
    .selectAll('r')
    .select('c.case_no');
}

type Row = Awaited<ReturnType<ReturnType<typeof remedyQuery>['executeTakeFirstOrThrow']>>;

function present(r: Row) {
  return {
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    caseNo: r.case_no ?? null,
    decisionNo: r.decision_no,
    applicant: r.applicant,
    organ: r.organ,
    filedOn: r.filed_on,
    outcome: r.outcome,
    outcomeOn: r.outcome_on,
    note: r.note,
  };
}

async function checked(trx: Tx, input: RemedyInput) {
  if (
    (input.outcome === 'pending') !== (input.outcomeOn === null) ||
    (input.outcomeOn && input.outcomeOn < input.filedOn)
  )
    throw new AppError('REMEDY_OUTCOME_DATE');
  let caseId: string | null = null;
  if (input.caseNo) {
    const c = await trx
      .selectFrom('cases')
      .select('id')
      .where('case_no', '=', input.caseNo)
      .executeTakeFirst();
    if (!c) throw fieldError('caseNo', '未找到该立案号的案件', 'No case has this number');
    caseId = c.id;
  }
  return {
    kind: input.kind,
    case_id: caseId,
    decision_no: input.decisionNo,
    applicant: input.applicant,
    organ: input.organ,
    filed_on: input.filedOn,
    outcome: input.outcome,
    outcome_on: input.outcomeOn,
    note: input.note,
  };
}

export async function listRemedies(
  deps: AppDeps,
  q: { year?: number; kind?: 'reconsideration' | 'suit'; page: number; pageSize: number },
) {
  let base = remedyQuery(deps.db);
  if (q.year)
    base = base.where('r.filed_on', '>=', `${q.year}-01-01`).where('r.filed_on', '<=', `${q.year}-12-31`);
  if (q.kind) base = base.where('r.kind', '=', q.kind);
  const all = await base.orderBy('r.filed_on', 'desc').orderBy('r.id').execute();
  return {
    items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(present),
    total: all.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function registerRemedy(deps: AppDeps, ctx: RequestContext, input: RemedyInput) {
  return deps.db.transaction().execute(async (trx) => {
    const values = await checked(trx, input);
    const id = `rm-${randomUUID()}`;
    await trx
      .insertInto('remedy_cases')
      .values({ id, ...values, created_by: ctx.actor?.userId ?? null })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'remedy.registered',
      targetType: 'remedy_case',
      targetId: id,
      changes: diff(null, { kind: input.kind, decisionNo: input.decisionNo, outcome: input.outcome }),
    });
    return present(await remedyQuery(trx).where('r.id', '=', id).executeTakeFirstOrThrow());
  });
}

export async function updateRemedy(deps: AppDeps, ctx: RequestContext, id: string, input: RemedyInput) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await remedyQuery(trx).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND');
    const values = await checked(trx, input);
    await trx
      .updateTable('remedy_cases')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = present(await remedyQuery(trx).where('r.id', '=', id).executeTakeFirstOrThrow());
    await appendAuditEvent(trx, ctx, {
      operation: 'remedy.updated',
      targetType: 'remedy_case',
      targetId: id,
      changes: diff(present(before), after),
    });
    return after;
  });
}
