import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/hash.js';
import type { LocalRules } from './local-rules.js';
import type { CaseRow, PartyRow, Penalty } from './types.js';

// Comparing penalties (行政处罚法 art. 45: never heavier after the defence), the hearing line (art. 63),
// and the digest of the draft decision a legal review approves (art. 58).

export const asPenalty = (v: unknown): Penalty | null => (v ? (v as Penalty) : null);

/** The penalty the case currently intends: changed after the defence if it was, else the proposal. */
export function currentPenalty(c: CaseRow): Penalty | null {
  return asPenalty(c.penalty_after_defence) ?? asPenalty(c.proposed_penalty);
}

/** What makes `next` heavier than `before`: a higher fine or confiscation, or a kind not notified. */
export function heavierThan(next: Penalty, before: Penalty): string[] {
  const out: string[] = [];
  if ((next.fine ?? 0) > (before.fine ?? 0)) out.push(`罚款${next.fine}元高于告知的${before.fine ?? 0}元`);
  if ((next.confiscation ?? 0) > (before.confiscation ?? 0))
    out.push(`没收金额${next.confiscation}元高于告知的${before.confiscation ?? 0}元`);
  const added = next.kinds.filter((k) => !before.kinds.includes(k));
  if (added.length > 0) out.push(`增加了告知书未载明的处罚种类：${added.join('、')}`);
  return out;
}

const GRAVE_KINDS = [
  '降低资质等级',
  '吊销许可证件',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '限制开展生产经营活动',
];

/** The party may ask for a hearing (art. 63): a large fine or confiscation by the local line, or a grave kind. */
export function hearingEligible(p: Penalty | null, parties: PartyRow[], rules: LocalRules): boolean {
  if (!p) return false;
  if (p.kinds.some((k) => GRAVE_KINDS.includes(k))) return true;
  const organisation = parties.some((x) => x.kind === 'organisation');
  const line = organisation ? rules.hearingFine.organisation : rules.hearingFine.person;
  return (p.fine ?? 0) > line || (p.confiscation ?? 0) > line;
}

/** The draft decision a review approves: matter, circumstances, parties and the intended penalty. */
export function draftDigest(c: CaseRow, parties: PartyRow[]): string {
  const p = currentPenalty(c);
  const draft = {
    matter: c.matter_code,
    circumstances: c.circumstances,
    parties: parties.map((x) => [x.kind, x.name, x.id_number, x.credit_code]),
    penalty: p && {
      kinds: [...p.kinds].sort(),
      fine: p.fine,
      confiscation: p.confiscation,
      measures: p.measures,
    },
  };
  return createHash('sha256').update(canonicalJson(draft)).digest('hex');
}
