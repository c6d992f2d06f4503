import { chineseArticle } from './article-numerals.js';
import { LAWS, type LawSlug } from './laws.js';
import { TIME_LIMIT_EVENTS } from './time-limit-events.js';
import type { TimeLimit } from './types.js';

export type ChartLang = 'zh' | 'en';

/**
 * The short form printed in a stage box, e.g. '90日 · 第六十条' or '满10个工作日后 · 行政强制法第五十四条'.
 * The article is written without its law when the law is the procedure's principal one (`mainLaw`).
 */
export function timeLimitLabel(t: TimeLimit, mainLaw: LawSlug | undefined, lang: ChartLang): string {
  if (lang === 'en') {
    const amount = `${t.days} ${t.unit === 'working' ? 'working ' : ''}day${t.days === 1 ? '' : 's'}`;
    const head = t.kind === 'wait' ? `after ${amount}` : amount;
    if (t.ref === undefined) return `${head} · local rule`;
    const law = t.ref.law === mainLaw ? '' : `${LAWS[t.ref.law].shortEn.replace(/^Administrative /, '')} `;
    return `${head} · ${law}art. ${t.ref.article}`;
  }
  const amount = t.unit === 'working' ? `${t.days}个工作日` : `${t.days}日`;
  const head = t.kind === 'wait' ? `满${amount}后` : amount;
  if (t.ref === undefined) return `${head} · 本局规定`;
  const law = t.ref.law === mainLaw ? '' : LAWS[t.ref.law].short;
  return `${head} · ${law}${chineseArticle(t.ref.article)}`;
}

/** The full sentence for the outline: '7个工作日（自先行登记保存之日起，行政处罚法第五十六条）'. */
export function timeLimitSentence(t: TimeLimit, lang: ChartLang): string {
  const event = TIME_LIMIT_EVENTS[t.from];
  if (lang === 'en') {
    const amount = `${t.days} ${t.unit === 'working' ? 'working ' : ''}day${t.days === 1 ? '' : 's'}`;
    const what =
      t.kind === 'wait' ? `not before ${amount} from ${event.nameEn}` : `within ${amount} of ${event.nameEn}`;
    const source = t.ref
      ? `${LAWS[t.ref.law].shortEn} art. ${t.ref.article}`
      : `local rule, configurable (${t.configKey})`;
    return `${what} (${source})`;
  }
  const amount = t.unit === 'working' ? `${t.days}个工作日` : `${t.days}日`;
  const what = t.kind === 'wait' ? `自${event.name}起满${amount}后方可进行` : `自${event.name}起${amount}内`;
  const source = t.ref ? t.rule : `${t.rule}，可配置`;
  const note = t.note ? `；${t.note}` : '';
  return `${what}（${source}${note}）`;
}
