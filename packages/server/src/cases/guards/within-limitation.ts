import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 36: no penalty for conduct not discovered within two years (five where life, health or financial
// safety is harmed). `occurred_on` is the day the conduct ended when it continued (连续或者继续状态).
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  // 29 February plus a year that has none ends on 28 February.
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${y}-${md}`;
}

export function withinLimitation(ctx: GuardContext) {
  const c = ctx.caseRow;
  const harms = ctx.payload.harmsSafety ?? ctx.flags.harmsSafety ?? false;
  const years = harms ? 5 : 2;
  const limit = addYears(c.occurred_on, years);
  if (c.discovered_on <= limit) return null;
  return refuse(
    'within-limitation',
    `违法行为发生于${c.occurred_on}，至${c.discovered_on}发现时已超过${years === 5 ? '五' : '二'}年（截至${limit}），依法不再给予行政处罚`,
    `The conduct of ${c.occurred_on} was discovered on ${c.discovered_on}, after the ${years}-year limit (${limit})`,
  );
}
