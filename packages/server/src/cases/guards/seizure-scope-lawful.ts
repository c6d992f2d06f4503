import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 23: only the places, facilities or goods involved; never the necessities of life of the party
// and its dependants; not what another authority has already sealed.
export function seizureScopeLawful(ctx: GuardContext) {
  const s = ctx.payload.seizure;
  if (!s) {
    if (ctx.flags.seizure) return null;
    return refuse(
      'seizure-scope-lawful',
      '请列明拟查封扣押的场所、设施或财物',
      'List what is to be sealed or seized',
    );
  }
  const missing: string[] = [];
  if (!s.notNecessities) missing.push('确认不涉及当事人及其扶养家属的生活必需品');
  if (!s.notSealedElsewhere) missing.push('确认未被其他国家机关依法查封');
  if (missing.length === 0) return null;
  return refuse(
    'seizure-scope-lawful',
    `查封扣押范围未经确认：${missing.join('；')}`,
    'The scope of the seizure is not confirmed',
    missing,
  );
}
