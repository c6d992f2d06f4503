import { type GuardContext, refuse } from './context.js';

// 行政强制法 art. 44: an illegal building is demolished only after a public notice giving the party a deadline to
// demolish it, and after that deadline has passed.
export function demolitionNoticeAndDeadlinePassed(ctx: GuardContext) {
  const a = ctx.flags.announcement;
  if (!a)
    return refuse(
      'demolition-notice-and-deadline-passed',
      '尚未公告限期当事人自行拆除',
      'No public notice with a deadline has been given',
    );
  if (ctx.today > a.selfDemolitionBy) return null;
  return refuse(
    'demolition-notice-and-deadline-passed',
    `公告的自行拆除期限至${a.selfDemolitionBy}，期满前不得强制拆除`,
    `The party may demolish by ${a.selfDemolitionBy}`,
  );
}
