import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getRuleRow, presentRule } from './rule-query.js';
import type { RuleInput } from './schemas.js';

/** Registers a rule the bureau owes (I-01): pending until its text exists, drafted once it does. */
export async function createRule(deps: AppDeps, ctx: RequestContext, input: RuleInput) {
  // A new entry has no filing yet: it is filed only through the filing action, with its document.
  if (input.status === 'filed') throw new AppError('RULE_STATUS_INVALID');
  const id = randomUUID();
  const row = await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('bureau_rules')
      .values({
        id,
        title: input.title,
        kind: input.kind,
        requirement_ids: JSON.stringify(input.requirementIds),
        due_date: input.dueDate,
        status: input.status ?? 'pending',
        filing_number: null,
        filed_at: null,
        previous_filings: '[]',
        attachment_name: null,
        attachment_size: null,
        attachment_sha256: null,
        attachment_sm3: null,
        attachment_key: null,
        attachment_content_type: null,
        attachment_uploaded_at: null,
        created_by: ctx.actor?.userId ?? null,
      })
      .execute();
    const created = await getRuleRow(trx, id);
    const { overdue: _, id: __, ...fields } = presentRule(created);
    await appendAuditEvent(trx, ctx, {
      operation: 'rules.created',
      targetType: 'bureau_rule',
      targetId: id,
      changes: diff(null, fields),
    });
    return created;
  });
  return { rule: presentRule(row) };
}
