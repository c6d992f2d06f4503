import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 61, 行政强制法 art. 38: served on the spot after announcement or under the Civil Procedure Law,
// with proof; electronic service only with the party's signed consent.
export function serviceModeLawful(ctx: GuardContext) {
  const { servedOn, serviceMode } = ctx.payload;
  if (!servedOn || !serviceMode)
    return refuse('service-mode-lawful', '请填写送达日期和送达方式', 'Give the service date and mode');
  if (servedOn > ctx.today)
    return refuse(
      'service-mode-lawful',
      `送达日期${servedOn}晚于今天`,
      `The service date ${servedOn} is in the future`,
    );
  const made = ctx.milestones['decision-made'];
  if (made && servedOn < made)
    return refuse(
      'service-mode-lawful',
      `送达日期${servedOn}早于决定日期${made}`,
      'Served before the decision was made',
    );
  if (serviceMode === 'electronic' && ctx.payload.electronicConsent !== true)
    return refuse(
      'service-mode-lawful',
      '电子送达须经当事人同意并签订确认书',
      "Electronic service needs the party's signed consent",
    );
  return null;
}
