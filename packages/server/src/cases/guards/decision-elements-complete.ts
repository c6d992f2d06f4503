import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 59 (art. 52 on the spot; 行政强制法 art. 24 for a seizure, art. 37 for enforcement): the decision
// document names the party and address, the facts and evidence, the penalty and its basis, how and by when to
// comply, the remedies, the authority and date, and bears the seal. The documents part checks the decision
// document itself (documents/check-decision-elements.ts); this guard adds what the case must hold for it.
export function decisionElementsComplete(ctx: GuardContext) {
  const missing: string[] = [];
  if (ctx.parties.length === 0) missing.push('当事人');
  for (const p of ctx.parties) if (!p.address) missing.push(`当事人${p.name}的地址`);
  if (ctx.procedure.code === 'seizure' && !(ctx.payload.seizure ?? ctx.flags.seizure))
    missing.push('查封扣押的场所、设施或财物清单');
  for (const m of ctx.decisionMissing) if (!missing.includes(m.name)) missing.push(m.name);
  if (missing.length === 0) return null;
  return refuse(
    'decision-elements-complete',
    `决定书要素不全：缺少${missing.join('、')}`,
    `The decision is missing ${missing.length} required element(s)`,
    missing,
  );
}
