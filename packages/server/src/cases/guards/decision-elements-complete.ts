import { currentPenalty } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 59 (and art. 52 on the spot; 行政强制法 art. 24 for a seizure, art. 37 for enforcement): the
// decision names the party and address, the facts and evidence, the penalty and its basis, how and by when to
// comply, the remedies, the authority and date, and bears the seal. The authority, date and remedies are
// filled from the bureau; the rest must be on the case or in the act's payload.
export function decisionElementsComplete(ctx: GuardContext) {
  const d = ctx.payload.decision ?? {};
  const missing: string[] = [];
  if (ctx.parties.length === 0) missing.push('当事人');
  for (const p of ctx.parties) if (!p.address) missing.push(`当事人${p.name}的地址`);
  const seizure = ctx.procedure.code === 'seizure';
  const demolition = ctx.procedure.code === 'demolition';
  if (!d.facts) missing.push(seizure ? '查封扣押的理由' : '违法事实');
  if (!d.basis) missing.push(seizure ? '查封扣押的依据' : '依据');
  if (seizure) {
    if (!(ctx.payload.seizure ?? ctx.flags.seizure)) missing.push('查封扣押的场所、设施或财物清单');
  } else if (demolition) {
    if (!d.performance) missing.push('强制执行的方式和时间');
  } else {
    if (!d.evidence || d.evidence.length === 0) missing.push('证据');
    const p = currentPenalty(ctx.caseRow);
    if (!p || p.kinds.length === 0) missing.push('处罚种类和数额');
    if (!d.performance) missing.push('履行方式和期限');
  }
  if (d.sealed !== true) missing.push('行政机关印章');
  if (missing.length === 0) return null;
  return refuse(
    'decision-elements-complete',
    `决定书要素不全：缺少${missing.join('、')}`,
    `The decision is missing ${missing.length} required element(s)`,
    missing,
  );
}
