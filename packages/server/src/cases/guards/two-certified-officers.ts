import { activeOfficers, type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 42, 行政强制法 art. 17: at least two officers holding an enforcement certificate valid today.
// A recused officer no longer counts; neither does one whose certificate has expired, been revoked or not yet
// come into force.
export function twoCertifiedOfficers(ctx: GuardContext) {
  const active = activeOfficers(ctx);
  const certified = active.filter((o) => o.certified);
  if (certified.length >= 2) return null;
  const why = (o: (typeof active)[number]) =>
    !o.certificate
      ? '无执法证'
      : o.certificate.status === 'expired'
        ? `执法证已于${o.certificate.validTo}过期`
        : o.certificate.status === 'revoked'
          ? '执法证已被注销'
          : '执法证尚未生效';
  const notCounted = active.filter((o) => !o.certified).map((o) => `${o.name}（${why(o)}）`);
  return refuse(
    'two-certified-officers',
    `须由两名以上持有效执法证的执法人员办理，本案现有${certified.length}名${notCounted.length ? `；${notCounted.join('、')}不计入` : ''}`,
    `At least two officers with a valid enforcement certificate must handle the case; it has ${certified.length}`,
    notCounted,
  );
}
