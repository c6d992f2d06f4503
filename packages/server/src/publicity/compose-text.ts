import { DECISION_DOCUMENT } from '../cases/documents-bridge.js';
import { matterOfCase } from '../cases/matter.js';
import type { CaseRow, DecisionRecord, PartyRow } from '../cases/types.js';
import type { Tx } from '../context.js';
import { getArticles } from '../laws/assert-legal-bases.js';

// The text of a publication as composed from the case: the policy's fields for the kind (core
// DEFAULT_PUBLICITY_POLICY), one per line. It is the draft's source; the portal only ever sees it redacted.

export const INSPECTION_RESULTS: Record<string, { result: string; followUp: string }> = {
  'close-compliant': { result: '未发现违法违规问题', followUp: '检查结束' },
  'order-rectification': { result: '发现问题', followUp: '已责令限期改正' },
  'open-case': { result: '发现涉嫌违法行为', followUp: '已转入立案查处' },
  'transfer-elsewhere': { result: '发现不属本机关管辖的问题', followUp: '已移送有关机关' },
};

function partyLine(p: PartyRow): string {
  if (p.kind === 'organisation')
    return `${p.name}${p.credit_code ? `（统一社会信用代码：${p.credit_code}` : '（'}${p.legal_representative ? `${p.credit_code ? '；' : ''}法定代表人：${p.legal_representative}` : ''}）`.replace(
      '（）',
      '',
    );
  return p.name;
}

function penaltyText(d: DecisionRecord): string {
  const p = d.penalty;
  if (!p) return '—';
  const parts = p.kinds.map((k) =>
    k === '罚款' && p.fine !== null
      ? `罚款人民币${p.fine}元`
      : k === '没收违法所得' && p.confiscation
        ? `没收违法所得人民币${p.confiscation}元`
        : k,
  );
  if (p.measures) parts.push(p.measures);
  return parts.join('；');
}

export async function decisionNumber(trx: Tx, c: CaseRow): Promise<string | null> {
  const kind = DECISION_DOCUMENT[c.procedure as keyof typeof DECISION_DOCUMENT];
  if (!kind) return null;
  const doc = await trx
    .selectFrom('case_documents')
    .select('number')
    .where('case_id', '=', c.id)
    .where('kind', '=', kind)
    .where('status', '=', 'issued')
    .where('voided_at', 'is', null)
    .orderBy('issued_at', 'desc')
    .executeTakeFirst();
  return doc?.number ?? null;
}

/**
 * The provisions the decision rests on when the decision record does not state them: the matter's
 * violation and penalty bases from the catalogue, as the decision document cites them.
 */
export async function matterBasisText(trx: Tx, c: CaseRow): Promise<string> {
  const matter = await matterOfCase(trx, c.matter_version_id, c.matter_code);
  const bases = (matter?.bases ?? []).filter((b) => b.role === 'violation' || b.role === 'penalty');
  const articles = await getArticles(trx, bases);
  return articles.map((a) => `《${a.lawTitle}》${a.label}`).join('、');
}

export function composeDecision(
  c: CaseRow,
  parties: PartyRow[],
  d: DecisionRecord,
  documentNo: string | null,
) {
  const ref = documentNo ?? c.case_no ?? c.source_no;
  const text = [
    `决定书文号：${ref}`,
    `被处罚人：${parties.map(partyLine).join('、')}`,
    `主要违法事实：${d.facts}`,
    `处罚依据：${d.basis || '见处罚决定书'}`,
    `处罚内容：${penaltyText(d)}`,
    `作出处罚的机关：${d.authority}`,
    `作出决定日期：${d.decidedOn}`,
  ].join('\n');
  return { ref, title: `行政处罚决定书（${ref}）`, text };
}

export function composeInspection(c: CaseRow, parties: PartyRow[], action: string, today: string) {
  const r = INSPECTION_RESULTS[action]!;
  const ref = c.case_no ?? c.source_no;
  const text = [
    `检查编号：${ref}`,
    `检查对象：${parties.map(partyLine).join('、') || c.place}`,
    `检查事项：${c.summary}`,
    `检查结果：${r.result}`,
    `处理情况：${r.followUp}`,
    `检查日期：${today}`,
  ].join('\n');
  return { ref, title: `行政检查结果（${ref}）`, text };
}
