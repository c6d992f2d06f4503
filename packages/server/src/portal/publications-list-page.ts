import type { AppDeps } from '../context.js';
import { listPublicPublications, listWithdrawals } from '../publicity/public-publications.js';
import { formatDate, pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';
import { publicationRows } from './publications-format.js';

const PAGE_SIZE = 20;

/** 执法公示 (P-09, P-10): published decisions and inspection results, newest first, and the withdrawals. */
export async function publicationsBody(
  deps: AppDeps,
  query: Record<string, string | undefined>,
): Promise<Html> {
  const page = pageNumber(query.page);
  const kind =
    query.kind === 'penalty-decision' || query.kind === 'inspection-result' ? query.kind : undefined;
  const list = await listPublicPublications(deps, { kind, page, pageSize: PAGE_SIZE });
  const withdrawals = page === 1 ? await listWithdrawals(deps, 10) : [];
  const href = (n: number) => {
    const p = new URLSearchParams();
    if (kind) p.set('kind', kind);
    if (n > 1) p.set('page', String(n));
    const s = p.toString();
    return s ? `/publications?${s}` : '/publications';
  };
  return html`
<h1>执法公示</h1>
<section class="card" aria-labelledby="h-search">
  <h2 id="h-search">全文检索</h2>
  <form class="inline" method="get" action="/search" role="search">
    <label>关键词<input type="search" name="q" maxlength="100"></label>
    <button type="submit">检索</button>
  </form>
  <p class="muted">订阅：<a href="/feed.xml">RSS</a> · <a href="/feed.json">JSON Feed</a></p>
</section>
<section class="card" aria-labelledby="h-list">
  <h2 id="h-list">公示信息</h2>
  <p class="muted">行政处罚决定自作出之日起7个工作日内公示，行政检查结果20个工作日内公示；公示内容已依规定隐去个人信息。公示期满后撤下。</p>
  <nav aria-label="公示类别"><ul class="chips">
    <li>${kind ? html`<a href="/publications">全部</a>` : html`<strong>全部</strong>`}</li>
    <li>${kind === 'penalty-decision' ? html`<strong>行政处罚决定</strong>` : html`<a href="/publications?kind=penalty-decision">行政处罚决定</a>`}</li>
    <li>${kind === 'inspection-result' ? html`<strong>行政检查结果</strong>` : html`<a href="/publications?kind=inspection-result">行政检查结果</a>`}</li>
  </ul></nav>
  ${
    list.total === 0
      ? html`<p role="status">暂无公示信息。</p>`
      : publicationRows(
          list.items,
          `公示信息（${list.capped ? '超过' : '共'} ${list.total} 条，按公示日期由近到远）`,
        )
  }
  ${pagination({ page, pageSize: PAGE_SIZE, total: list.total, href, label: '公示信息分页' })}
</section>
${
  withdrawals.length
    ? html`<section class="card" aria-labelledby="h-withdrawn">
  <h2 id="h-withdrawn">撤回公告</h2>
  <ul>${withdrawals.map((w) => html`<li><a href="/publications/${w.publicId}">${w.title}</a>：${formatDate(w.withdrawnOn)}撤回。${w.reason}</li>`)}</ul>
</section>`
    : ''
}`;
}

/** The home page's box of the latest publications (P-09). */
export async function latestPublicationsSection(deps: Pick<AppDeps, 'db'>): Promise<Html> {
  const list = await listPublicPublications(deps, { page: 1, pageSize: 5 });
  return html`<section class="card" aria-labelledby="h-latest">
  <h2 id="h-latest">最新执法公示</h2>
  ${
    list.items.length === 0
      ? html`<p role="status">暂无公示信息。</p>`
      : html`<ul>${list.items.map((i) => html`<li><a href="/publications/${i.publicId}">${i.title}</a> <span class="muted">${i.partyName} · ${formatDate(i.publishedOn)}</span></li>`)}</ul>`
  }
  <p><a href="/publications">查看全部执法公示</a> · <a href="/search">全文检索</a></p>
</section>`;
}
