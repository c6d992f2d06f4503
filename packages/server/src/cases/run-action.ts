import { findTransition, stageOf } from '@sanxiang/core';
import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { sealIfClosed } from '../case-file/seal-case-file.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { ErrorCode } from '../errors/codes.js';
import { computeEffects, moveDeadlines, statusAfter } from './effects.js';
import { evaluateTransition } from './evaluate.js';
import { presentFresh } from './get-case.js';
import { loadBundle, loadCaseRow } from './load-case.js';
import type { actionBody } from './schemas.js';
import { appendCaseEvent } from './write-helpers.js';

/**
 * POST /cases/:id/actions/:action — the engine. In one transaction: lock the case, check the version the client
 * saw, find the act among the current stage's transitions in core, check the actor's role and every guard and
 * the stage's required documents, then move the stage, record the act's facts, stop and start the clocks, and
 * append the timeline entry and the audit event. A refusal throws before anything is written, so a refused act
 * changes nothing at all.
 */
export async function runAction(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  action: string,
  body: z.infer<typeof actionBody>,
) {
  const actor = ctx.actor!;
  const calendar = await loadCalendar(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadCaseRow(trx, caseId, actor, true);
    if (body.version !== row.version) throw new AppError('CASE_VERSION_CONFLICT', { version: row.version });
    const t = findTransition(row.procedure, row.stage, action);
    if (!t)
      throw new AppError(
        'ACTION_NOT_AVAILABLE',
        { stage: row.stage, action },
        {
          message: `案件当前处于“${stageOf(row.procedure, row.stage)?.name ?? row.stage}”环节，没有“${action}”操作`,
          messageEn: `The stage "${row.stage}" has no action "${action}"`,
        },
      );
    const bundle = await loadBundle(trx, calendar, row, actor, todayInChina(), new Date());
    const refusals = evaluateTransition(bundle, t, body.payload, body.reason);
    if (refusals.length > 0) {
      const first =
        refusals.find((r) => r.code === 'ACTION_ROLE_NOT_ALLOWED' || r.code === 'ACTION_NOT_CASE_OFFICER') ??
        refusals[0]!;
      throw new AppError(
        first.code as ErrorCode,
        { refusals },
        { message: first.message, messageEn: first.messageEn },
      );
    }
    const gctx = { ...bundle, transition: t, payload: body.payload, reason: body.reason };
    const effects = await computeEffects(trx, gctx);
    await moveDeadlines(trx, gctx, t, effects.milestones);
    const status = statusAfter(gctx, t.to);
    await trx
      .updateTable('cases')
      .set({
        ...effects.set,
        stage: t.to,
        status,
        flags: JSON.stringify(effects.flags),
        milestones: JSON.stringify(effects.milestones),
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', row.id)
      .execute();
    await appendCaseEvent(trx, row.id, actor, {
      action: t.action,
      from: t.from,
      to: t.to,
      payload: body.payload,
      reason: body.reason ?? null,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'case.action',
      targetType: 'case',
      targetId: row.id,
      changes: {
        action: { before: null, after: t.action },
        stage: { before: row.stage, after: t.to },
        ...(status !== row.status ? { status: { before: row.status, after: status } } : {}),
        ...('case_no' in effects.set ? { caseNo: { before: null, after: effects.set.case_no } } : {}),
      },
      reason: body.reason ?? null,
    });
  });
  await sealIfClosed(deps, ctx, caseId); // a case that reached its final stage gets its sealed file
  return presentFresh(deps, ctx, caseId);
}
