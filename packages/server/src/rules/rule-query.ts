import type { Selectable } from 'kysely';
import { todayInChina } from '../clock.js';
import type { Tx } from '../context.js';
import type { BureauRuleTable } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import type { Rule } from './schemas.js';

export type RuleRow = Selectable<BureauRuleTable>;

/** A rule is overdue once its due date has passed (in China's calendar) and it is not filed (I-01). */
export function isOverdue(
  row: Pick<RuleRow, 'status' | 'due_date'>,
  today: string = todayInChina(),
): boolean {
  return row.status !== 'filed' && row.due_date < today;
}

export function presentRule(row: RuleRow, today: string = todayInChina()): Rule {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    requirementIds: row.requirement_ids,
    dueDate: row.due_date,
    status: row.status,
    filingNumber: row.filing_number,
    filedAt: row.filed_at,
    attachment:
      row.attachment_name !== null && row.attachment_sha256 !== null
        ? { name: row.attachment_name, size: row.attachment_size ?? 0, sha256: row.attachment_sha256 }
        : null,
    overdue: isOverdue(row, today),
  };
}

export async function getRuleRow(
  db: Tx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<RuleRow> {
  let query = db.selectFrom('bureau_rules').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
