import type { Tx } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import type { RemedyInput } from './schemas.js';

// The register of reconsiderations and suits against the bureau's decisions (P-11 counts their outcomes;
// DOMAIN "Remedies"). Kept by the regulation section: filed, then the outcome when it is reached.

export function remedyQuery(db: Tx) {
  return db
    .selectFrom('remedy_cases as r')
    .leftJoin('cases as c', 'c.id', 'r.case_id')
    .selectAll('r')
    .select('c.case_no');
}

type Row = Awaited<ReturnType<ReturnType<typeof remedyQuery>['executeTakeFirstOrThrow']>>;

export function presentRemedy(r: Row) {
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

export async function remedyValues(trx: Tx, input: RemedyInput) {
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
