import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getRuleRow, presentRule, type RuleRow } from './rule-query.js';
import type { RuleInput } from './schemas.js';

/**
 * Replaces a rule's entry. Status moves only as the register allows: pending ⇄ drafted, and a filed rule
 * back to drafted when it is being revised (its filing stays on record as the one in force until the
 * revision is filed). 'filed' itself is reached only through the filing action.
 */
export async function updateRule(deps: AppDeps, ctx: RequestContext, id: string, input: RuleInput) {
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await getRuleRow(trx, id, { forUpdate: true });
    const status = nextStatus(before, input.status);
    await trx
      .updateTable('bureau_rules')
      .set({
        title: input.title,
        kind: input.kind,
        requirement_ids: JSON.stringify(input.requirementIds),
        due_date: input.dueDate,
        status,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getRuleRow(trx, id);
    const changes = diff(fieldsOf(before), fieldsOf(after));
    if (Object.keys(changes).length > 0)
      await appendAuditEvent(trx, ctx, {
        operation: 'rules.updated',
        targetType: 'bureau_rule',
        targetId: id,
        changes,
      });
    return after;
  });
  return { rule: presentRule(row) };
}

function nextStatus(before: RuleRow, wanted: RuleInput['status']): RuleRow['status'] {
  if (wanted === undefined || wanted === before.status) return before.status;
  if (wanted === 'filed') throw new AppError('RULE_STATUS_INVALID');
  if (before.status === 'filed' && wanted === 'pending') throw new AppError('RULE_STATUS_INVALID');
  return wanted;
}

function fieldsOf(row: RuleRow) {
  return {
    title: row.title,
    kind: row.kind,
    requirementIds: row.requirement_ids,
    dueDate: row.due_date,
    status: row.status,
  };
}
