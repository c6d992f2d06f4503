import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentFresh } from './get-case.js';
import { certificatesOf } from './officers.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

/**
 * 行政处罚法 art. 42, P-07: only a person holding an enforcement certificate valid today can be put on a case,
 * and a person who withdrew from it (回避) cannot come back.
 */
export async function insertOfficer(
  trx: Tx,
  caseId: string,
  input: { personId: string; role: 'lead' | 'assist' },
  assignedBy: string | null,
  today: string,
  field: string,
): Promise<void> {
  const person = await trx
    .selectFrom('people')
    .select(['id', 'name'])
    .where('id', '=', input.personId)
    .executeTakeFirst();
  if (!person)
    throw new AppError('VALIDATION_FAILED', [{ field, message: '人员不存在', messageEn: 'No such person' }]);
  const cert = (await certificatesOf(trx, [person.id], today)).get(person.id);
  if (!cert?.valid)
    throw new AppError(
      'OFFICER_NOT_CERTIFIED',
      { personId: person.id, certificate: cert ?? null },
      {
        message: cert
          ? `${person.name}的执法证（${cert.number}）${cert.status === 'expired' ? `已于${cert.validTo}过期` : cert.status === 'revoked' ? '已被注销' : '尚未生效'}，不能承办案件`
          : `${person.name}没有行政执法证件，不能承办案件`,
        messageEn: `${person.name} holds no enforcement certificate valid today`,
      },
    );
  const existing = await trx
    .selectFrom('case_officers')
    .select(['recused_at'])
    .where('case_id', '=', caseId)
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  if (existing) throw new AppError(existing.recused_at ? 'OFFICER_RECUSED' : 'OFFICER_ALREADY_ASSIGNED');
  await trx
    .insertInto('case_officers')
    .values({
      case_id: caseId,
      person_id: person.id,
      role: input.role,
      assigned_at: new Date(),
      assigned_by: assignedBy,
    })
    .execute();
}

export async function assignOfficer(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: { personId: string; role: 'lead' | 'assist' },
) {
  const actor = ctx.actor!;
  const today = todayInChina();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    await insertOfficer(trx, caseId, input, actor.userId, today, 'personId');
    await appendCaseEvent(trx, caseId, actor, { action: 'officer-assigned', payload: input });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation: 'case.officer-assigned',
      targetType: 'case',
      targetId: caseId,
      changes: { officer: { before: null, after: input } },
    });
  });
  return presentFresh(deps, ctx, caseId);
}
