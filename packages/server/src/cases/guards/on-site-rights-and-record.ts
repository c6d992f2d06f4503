import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 18: the party is called, told reasons, basis, rights and remedies, and heard; the on-site record
// is signed by the party and the officers, a refusal noted, and a witness signs when the party is absent.
export function onSiteRightsAndRecord(ctx: GuardContext) {
  const r = ctx.payload.onSiteRecord;
  const missing: string[] = [];
  if (!r?.rightsTold) missing.push('当场告知理由、依据、权利和救济途径');
  if (!r?.signedOrRefusalNoted) missing.push('现场笔录签名或注明拒绝');
  if (r && !r.partyPresent && !r.witness) missing.push('当事人不到场时的见证人');
  if (missing.length === 0) return null;
  return refuse(
    'on-site-rights-and-record',
    `现场程序不完整：${missing.join('、')}`,
    'The on-site steps are incomplete',
    missing,
  );
}
