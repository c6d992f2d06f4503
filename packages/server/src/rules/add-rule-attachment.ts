import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import type { ReceivedUpload } from '../storage/receive-upload.js';
import { getRuleRow, presentRule, type RuleRow } from './rule-query.js';

/** What a rule's text may be: PDF, Word/WPS, OFD (the national e-document format), or a scan. */
export const RULE_ATTACHMENT_RULES = {
  field: 'file',
  maxBytes: 20 * 1024 * 1024,
  extensions: ['.pdf', '.docx', '.doc', '.wps', '.ofd', '.jpg', '.jpeg', '.png'],
} as const;

/**
 * Puts the rule's document in the register. The bytes go to the blob store first (streamed and hashed,
 * outside the transaction: a content-addressed blob that ends up unreferenced is harmless); the register
 * row and its audit event then change together. New text means the rule is drafted again: a filed rule
 * whose text is replaced must be refiled.
 */
export async function addRuleAttachment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  receive: () => Promise<ReceivedUpload>,
) {
  await getRuleRow(deps.db, id); // 404 before taking the upload
  const upload = await receive();
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await getRuleRow(trx, id, { forUpdate: true });
    await trx
      .updateTable('bureau_rules')
      .set({
        attachment_name: upload.name,
        attachment_size: upload.blob.size,
        attachment_sha256: upload.blob.sha256,
        attachment_sm3: upload.blob.sm3,
        attachment_key: upload.blob.key,
        attachment_content_type: upload.contentType,
        attachment_uploaded_at: new Date(),
        status: 'drafted',
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getRuleRow(trx, id);
    await appendAuditEvent(trx, ctx, {
      operation: 'rules.attachment-added',
      targetType: 'bureau_rule',
      targetId: id,
      changes: diff(attachmentOf(before), attachmentOf(after)),
    });
    return after;
  });
  return { rule: presentRule(row) };
}

function attachmentOf(row: RuleRow) {
  return {
    status: row.status,
    attachment: row.attachment_key
      ? {
          name: row.attachment_name,
          size: row.attachment_size,
          sha256: row.attachment_sha256,
          sm3: row.attachment_sm3,
        }
      : null,
  };
}
