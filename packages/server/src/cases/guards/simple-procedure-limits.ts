import { currentPenalty } from '../penalty.js';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 51: on the spot only for a warning, or a fine of at most 200 yuan for a citizen and 3,000 yuan
// for an organisation, where the facts are certain and there is a legal basis.
export function simpleProcedureLimits(ctx: GuardContext) {
  const p = currentPenalty(ctx.caseRow);
  if (!p)
    return refuse(
      'simple-procedure-limits',
      '须先拟定处罚（警告或罚款）',
      'Propose the penalty (a warning or a fine) first',
    );
  if (ctx.parties.length === 0)
    return refuse('simple-procedure-limits', '须先登记当事人', 'Record the party first');
  const others = p.kinds.filter((k) => k !== '警告' && k !== '罚款');
  if (others.length > 0 || (p.confiscation ?? 0) > 0)
    return refuse(
      'simple-procedure-limits',
      `简易程序只能给予警告或罚款，不能${others.length ? others.join('、') : '没收'}，应转普通程序`,
      'The on-the-spot procedure allows only a warning or a fine; use the general procedure',
    );
  const person = ctx.parties.some((x) => x.kind === 'person');
  const limit = person ? 200 : 3000;
  const fine = p.fine ?? 0;
  if (fine <= limit) return null;
  return refuse(
    'simple-procedure-limits',
    `拟罚款${fine}元超过简易程序上限（${person ? '公民二百元' : '法人或者其他组织三千元'}），应转普通程序`,
    `A fine of ${fine} exceeds the on-the-spot limit of ${limit} for ${person ? 'a citizen' : 'an organisation'}`,
  );
}
