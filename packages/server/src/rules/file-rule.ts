import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getRuleRow, presentRule } from './rule-query.js';

/**
 * Records that the rule's document was filed (备案) with the judicial bureau (I-01). The document must be
 * in the register first: a filing names a text. Refiling a revised rule keeps the earlier filing in its
 * history.
 */
export async function fileRule(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: { filingNumber: string; filedAt: string },
) {
  if (input.filedAt > todayInChina()) throw new AppError('RULE_FILING_DATE_INVALID');
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await getRuleRow(trx, id, { forUpdate: true });
    if (before.status === 'filed') throw new AppError('RULE_STATUS_INVALID');
    if (!before.attachment_key) throw new AppError('RULE_ATTACHMENT_REQUIRED');
    const history = [...before.previous_filings];
    if (before.filing_number && before.filed_at)
      history.push({ filingNumber: before.filing_number, filedAt: before.filed_at });
    await trx
      .updateTable('bureau_rules')
      .set({
        status: 'filed',
        filing_number: input.filingNumber,
        filed_at: input.filedAt,
        previous_filings: JSON.stringify(history),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'rules.filed',
      targetType: 'bureau_rule',
      targetId: id,
      changes: diff(
        { status: before.status, filingNumber: before.filing_number, filedAt: before.filed_at },
        { status: 'filed', filingNumber: input.filingNumber, filedAt: input.filedAt },
      ),
    });
    return getRuleRow(trx, id);
  });
  return { rule: presentRule(row) };
}
