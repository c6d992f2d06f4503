import { randomUUID } from 'node:crypto';
import { PROCEDURES } from '@sanxiang/core';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { insertOfficer } from './assign-officer.js';
import { presentFresh } from './get-case.js';
import { currentMatter } from './matter.js';
import { newQueryCode, nextSourceNo } from './numbering.js';
import { insertParty } from './parties.js';
import type { createCaseBody } from './schemas.js';
import { appendCaseEvent, isoDateNotAfter } from './write-helpers.js';

/**
 * 案源登记 (intake): a report from patrol, a complaint, 12345, 数字城管, a transfer or an inspection becomes a case
 * at the first stage of its procedure, with a source number and the query code printed later on its
 * documents. Parties' identifiers and officers' certificates are checked as they are recorded.
 */
export async function createCase(deps: AppDeps, ctx: RequestContext, input: z.infer<typeof createCaseBody>) {
  const actor = ctx.actor!;
  const today = todayInChina();
  const unit = await deps.db
    .selectFrom('units')
    .select(['id', 'kind'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit || unit.kind === 'external')
    throw new AppError('VALIDATION_FAILED', [
      { field: 'unitId', message: '承办单位不存在', messageEn: 'No such unit' },
    ]);
  await assertUnitVisible(deps.db, actor, input.unitId);
  isoDateNotAfter(input.discoveredOn, today, 'discoveredOn', '发现日期');
  if (input.occurredOn > input.discoveredOn)
    throw new AppError('VALIDATION_FAILED', [
      {
        field: 'occurredOn',
        message: '违法行为发生日期不能晚于发现日期',
        messageEn: 'The conduct cannot have occurred after it was discovered',
      },
    ]);
  let matter: Awaited<ReturnType<typeof currentMatter>> = null;
  if (input.matterCode) {
    matter = await currentMatter(deps.db, input.matterCode);
    if (!matter) throw new AppError('MATTER_NOT_FOUND', { matterCode: input.matterCode });
  }
  const procedure = PROCEDURES[input.procedure];
  const id = randomUUID();

  await deps.db.transaction().execute(async (trx) => {
    const sourceNo = await nextSourceNo(trx, today);
    await trx
      .insertInto('cases')
      .values({
        id,
        source_no: sourceNo,
        query_code: newQueryCode(),
        procedure: input.procedure,
        stage: procedure.start,
        unit_id: input.unitId,
        source: input.source,
        source_ref: input.sourceRef || null,
        summary: input.summary,
        place: input.place,
        occurred_on: input.occurredOn,
        discovered_on: input.discoveredOn,
        matter_code: matter?.matter.code ?? null,
        matter_version_id: matter?.versionId ?? null,
        flags: JSON.stringify(input.harmsSafety ? { harmsSafety: true } : {}),
        created_by: actor.userId,
      })
      .execute();
    for (const [i, p] of input.parties.entries())
      await insertParty(trx, id, p, `parties.${i}`, input.occurredOn, today, i);
    const seen = new Set<string>();
    for (const [i, o] of input.officers.entries()) {
      if (seen.has(o.personId)) throw new AppError('OFFICER_ALREADY_ASSIGNED');
      seen.add(o.personId);
      await insertOfficer(trx, id, o, actor.userId, today, `officers.${i}.personId`);
    }
    await appendCaseEvent(trx, id, actor, {
      action: 'intake',
      to: procedure.start,
      payload: { sourceNo, source: input.source, procedure: input.procedure },
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'case.created',
      targetType: 'case',
      targetId: id,
      changes: {
        case: {
          before: null,
          after: {
            sourceNo,
            procedure: input.procedure,
            unitId: input.unitId,
            matterCode: input.matterCode ?? null,
          },
        },
      },
    });
  });
  return presentFresh(deps, ctx, id);
}
