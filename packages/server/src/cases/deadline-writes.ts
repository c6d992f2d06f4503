import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { addDays, todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { StoredExtension, StoredSuspension } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { DEADLINE_KINDS, type DeadlineKind } from './deadlines.js';
import { presentFresh } from './get-case.js';
import { guardErrorCode } from './guard-errors.js';
import { refuse } from './guards/context.js';
import { loadCaseRow } from './load-case.js';
import { storeDueDates } from './store-due-dates.js';
import { appendCaseEvent, touchCase } from './write-helpers.js';

// 中止 and 延期 of a running deadline (issue item 3), approved by a head (cases.approve) with a reason. They are
// recorded on the deadline; its due date is computed from them when read, and the explanation says why it moved.

type Change =
  | { kind: 'suspend'; from: string; to?: string | undefined; reason: string }
  | { kind: 'resume'; on: string; reason?: string | undefined }
  | { kind: 'extend'; days: number; reason: string };

const invalid = (message: string, messageEn: string) =>
  new AppError('DEADLINE_CHANGE_INVALID', undefined, { message, messageEn });

export async function changeDeadline(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  deadlineId: string,
  change: Change,
) {
  const actor = ctx.actor!;
  const today = todayInChina();
  const calendar = await loadCalendar(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadCaseRow(trx, caseId, actor, true);
    const d = await trx
      .selectFrom('case_deadlines')
      .selectAll()
      .where('id', '=', deadlineId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!d) throw new AppError('NOT_FOUND');
    if (d.status !== 'running') throw new AppError('DEADLINE_NOT_RUNNING');
    const who = { approvedBy: actor.displayName, approvedAt: new Date().toISOString() };
    const suspensions: StoredSuspension[] = [...d.suspensions];
    const extensions: StoredExtension[] = [...d.extensions];
    const open = suspensions.findIndex((s) => !s.to);
    let event: string;
    let operation: 'case.deadline-suspended' | 'case.deadline-resumed' | 'case.deadline-extended';
    if (change.kind === 'suspend') {
      if (change.from <= d.from_date)
        throw invalid(
          `中止开始日期须晚于期限起算事件日${d.from_date}`,
          `A suspension starts after ${d.from_date}`,
        );
      if (change.to && change.to < change.from)
        throw invalid('中止结束日期早于开始日期', 'The suspension ends before it starts');
      if (open >= 0) throw invalid('该期限已在中止中，请先恢复计算', 'The deadline is already suspended');
      const end = change.to ?? '9999-12-31';
      if (suspensions.some((s) => s.from <= end && change.from <= (s.to ?? '9999-12-31')))
        throw invalid('与已有的中止期间重叠', 'It overlaps an earlier suspension');
      suspensions.push({
        from: change.from,
        ...(change.to ? { to: change.to } : {}),
        reason: change.reason,
        ...who,
      });
      event = 'deadline-suspended';
      operation = 'case.deadline-suspended';
    } else if (change.kind === 'resume') {
      if (open < 0) throw invalid('该期限没有正在中止的期间', 'The deadline is not suspended');
      const s = suspensions[open]!;
      if (change.on <= s.from) throw invalid(`恢复日期须晚于中止开始日期${s.from}`, `Resume after ${s.from}`);
      if (change.on > addDays(today, 1))
        throw invalid('恢复计算日期不能晚于明天', 'Resume no later than tomorrow');
      // Counting resumes on `on`: the suspension covers the days before it.
      suspensions[open] = { ...s, to: addDays(change.on, -1), resumedBy: actor.displayName };
      event = 'deadline-resumed';
      operation = 'case.deadline-resumed';
    } else {
      if (d.kind === 'seizure-30') {
        // 行政强制法 art. 25 holds here too: one extension, at most 30 days.
        if (extensions.length > 0 || change.days > 30) {
          const r = refuse(
            'seizure-extension-once',
            extensions.length > 0
              ? '查封扣押期限已延长过一次，不得再次延长'
              : `延长期限不得超过三十日，申请延长${change.days}日`,
            extensions.length > 0 ? 'The seizure period has already been extended once' : 'At most 30 days',
          );
          throw new AppError(
            guardErrorCode('seizure-extension-once'),
            { refusals: [r] },
            { message: r.message, messageEn: r.messageEn },
          );
        }
      }
      extensions.push({ days: change.days, reason: change.reason, ...who });
      event = 'deadline-extended';
      operation = 'case.deadline-extended';
    }
    await trx
      .updateTable('case_deadlines')
      .set({ suspensions: JSON.stringify(suspensions), extensions: JSON.stringify(extensions) })
      .where('id', '=', d.id)
      .execute();
    await storeDueDates(trx, calendar, caseId);
    const reason = change.reason ?? null;
    const name = DEADLINE_KINDS[d.kind as DeadlineKind]?.name ?? d.kind;
    await appendCaseEvent(trx, caseId, actor, {
      action: event,
      payload: { deadlineId: d.id, kind: d.kind, name, change },
      reason,
    });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation,
      targetType: 'case',
      targetId: caseId,
      changes: {
        [`deadline:${d.kind}`]: {
          before: { suspensions: d.suspensions, extensions: d.extensions },
          after: { suspensions, extensions },
        },
      },
      reason,
    });
  });
  return presentFresh(deps, ctx, caseId);
}
