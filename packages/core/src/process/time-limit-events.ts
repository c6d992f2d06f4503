// The events a stage's period runs from. The engine records each with its date; the day of the event is
// not counted (DOMAIN.md "Counting time").

export const TIME_LIMIT_EVENTS = {
  filed: { name: '立案之日', nameEn: 'the day the case is filed' },
  'evidence-preserved': { name: '先行登记保存之日', nameEn: 'the day evidence is preserved' },
  'review-submitted': { name: '送审之日', nameEn: 'the day the case is submitted for review' },
  'review-escalated': { name: '报送局法规科之日', nameEn: 'the day the case goes to the bureau section' },
  'prior-notice-served': { name: '事先告知书送达之日', nameEn: 'the day the prior notice is served' },
  'hearing-notice-served': { name: '听证通知送达之日', nameEn: 'the day the hearing notice is served' },
  'decision-made': { name: '作出决定之日', nameEn: 'the day the decision is made' },
  'decision-served': { name: '决定书送达之日', nameEn: 'the day the decision is served' },
  'fine-collected': { name: '当场收缴罚款之日', nameEn: 'the day the fine is collected on the spot' },
  'demand-served': { name: '催告书送达之日', nameEn: 'the day the demand is served' },
  seized: { name: '实施查封扣押之日', nameEn: 'the day of the seizure' },
  'seizure-period-expired': {
    name: '原查封扣押期限届满之日',
    nameEn: 'the day the first seizure period ends',
  },
} as const satisfies Record<string, { name: string; nameEn: string }>;

export type TimeLimitEvent = keyof typeof TIME_LIMIT_EVENTS;

export function isTimeLimitEvent(value: string): value is TimeLimitEvent {
  return Object.hasOwn(TIME_LIMIT_EVENTS, value);
}
