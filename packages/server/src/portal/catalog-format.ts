import { type Html, html } from './html.js';

// Small formatting pieces shared by the catalogue pages (事项清单, 随机抽查, 流程图, 制度文件). They return
// plain strings or Html built with the escaping template, never raw markup from data.

const yuan = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** An amount in yuan with thousands separators: 5000 → '5,000'. */
export function formatYuan(amount: number): string {
  return yuan.format(amount);
}

/**
 * A discretion tier's fine: '5,000–10,000元', '200元', '不超过500元', '不低于1,000元'. A tier without an
 * amount either fines by another measure (a percentage of the construction cost, stated in its measures:
 * '见处理措施') or does not fine at all ('不罚款').
 */
export function fineRange(min: number | null, max: number | null, measures = ''): string {
  const low = min !== null && min > 0 ? min : null;
  const high = max !== null && max > 0 ? max : null;
  if (low === null && high === null) return /罚款/.test(measures) ? '见处理措施' : '不罚款';
  if (low === null) return `不超过${formatYuan(high!)}元`;
  if (high === null) return `不低于${formatYuan(low)}元`;
  if (low === high) return `${formatYuan(low)}元`;
  return `${formatYuan(low)}–${formatYuan(high)}元`;
}

/** '2026-03-20' → '2026年3月20日'; anything else is shown as it came. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** A date for a <time datetime> attribute: the ISO day, or nothing when the value is not one. */
export function isoDay(date: string | null | undefined): string {
  const m = date ? /^\d{4}-\d{2}-\d{2}/.exec(date) : null;
  return m ? m[0] : '';
}

export function dateCell(date: string | null | undefined): Html {
  const iso = isoDay(date);
  return iso ? html`<time datetime="${iso}">${formatDate(date)}</time>` : html`${formatDate(date)}`;
}

export const PARTY_TYPE_LABELS: Record<string, string> = {
  person: '自然人',
  organisation: '法人或其他组织',
  any: '不区分',
};

export const BASIS_ROLE_LABELS: Record<string, string> = {
  violation: '违法依据',
  penalty: '处罚依据',
  procedure: '程序依据',
};

export const RULE_KIND_LABELS: Record<string, string> = {
  measure: '制度',
  list: '清单',
  flowchart: '流程图',
  standard: '标准',
  other: '其他',
};

/** A ratio in percent, without trailing zeros: 12.5 → '12.5%'. */
export function formatPercent(ratio: number): string {
  return `${Number(ratio.toFixed(2))}%`;
}

/** Text with line breaks as paragraphs. */
export function paragraphs(text: string): Html {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return html`${lines.map((l) => html`<p>${l}</p>`)}`;
}

/** A text of steps joined by arrows ('立案→调查→决定') as an ordered list; other text as paragraphs. */
export function stepsList(text: string): Html {
  const steps = text
    .split(/\s*(?:→|->)\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (steps.length < 2) return text.trim() ? paragraphs(text) : html`<p>—</p>`;
  return html`<ol class="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>`;
}

/** A value that may be empty, shown as '—' then. */
export function orDash(text: string | null | undefined): string {
  return text && text.trim() !== '' ? text : '—';
}

export interface Pager {
  page: number;
  pageSize: number;
  total: number;
  /** The address of a page, with the reader's query kept. */
  href: (page: number) => string;
  label: string;
}

/** Page links (plain anchors, so they work without script): previous, a window of numbers, next. */
export function pagination(p: Pager): Html | '' {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  if (pages <= 1) return '';
  const shown = new Set<number>([1, pages]);
  for (let n = p.page - 2; n <= p.page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: Html[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous > 1) items.push(html`<li aria-hidden="true">…</li>`);
    items.push(
      n === p.page
        ? html`<li><a href="${p.href(n)}" aria-current="page">第 ${n} 页</a></li>`
        : html`<li><a href="${p.href(n)}">第 ${n} 页</a></li>`,
    );
    previous = n;
  }
  return html`<nav class="pager" aria-label="${p.label}">
  <ul>
    ${p.page > 1 ? html`<li><a href="${p.href(p.page - 1)}" rel="prev">上一页</a></li>` : ''}
    ${items}
    ${p.page < pages ? html`<li><a href="${p.href(p.page + 1)}" rel="next">下一页</a></li>` : ''}
  </ul>
</nav>`;
}

/** A positive page number from the query, or 1. */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
