import { listPublicHistory } from '../catalog/list-public-history.js';
import type { AppDeps } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { dateCell, pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';

const HISTORY_PAGE_SIZE = 50;

export const CATALOG_PAGES: Record<
  CatalogKind,
  { title: string; list: string; history: string; unit: string }
> = {
  matters: { title: '行政执法事项清单', list: '/matters', history: '/matters/history', unit: '事项数' },
  inspections: {
    title: '随机抽查事项清单',
    list: '/inspections',
    history: '/inspections/history',
    unit: '抽查事项数',
  },
};

/** The filed versions of a list, newest first: what was published, when, under which filing (P-03, P-04). */
export async function catalogHistoryBody(
  deps: AppDeps,
  kind: CatalogKind,
  query: Record<string, string | undefined>,
): Promise<Html> {
  const names = CATALOG_PAGES[kind];
  const page = pageNumber(query.page);
  const history = await listPublicHistory(deps, kind, { page, pageSize: HISTORY_PAGE_SIZE });
  const other = CATALOG_PAGES[kind === 'matters' ? 'inspections' : 'matters'];
  return html`
<p><a href="${names.list}">← ${names.title}</a></p>
<h1>${names.title}历次备案版本</h1>
<section class="card" aria-labelledby="h-history">
  <h2 id="h-history">备案版本</h2>
  <p class="muted">清单每次调整都形成新的版本，经本机关负责人批准并报司法行政部门备案后公布；最新备案的版本为现行版本。</p>
  ${
    history.total === 0
      ? html`<p role="status">尚无经备案的版本。</p>`
      : html`<div class="table-wrap">
  <table class="list">
    <caption>${names.title}的备案版本（共 ${history.total} 个，按版本号由新到旧）</caption>
    <thead><tr>
      <th scope="col">版本</th>
      <th scope="col">版本名称</th>
      <th scope="col">${names.unit}</th>
      <th scope="col">备案号</th>
      <th scope="col">备案日期</th>
      <th scope="col">状态</th>
    </tr></thead>
    <tbody>
      ${history.items.map(
        (v, i) => html`<tr>
        <td class="nowrap">第 ${v.versionNo} 版</td>
        <th scope="row">${v.title}</th>
        <td>${v.itemCount}</td>
        <td class="nowrap">${v.filingNumber}</td>
        <td class="nowrap">${dateCell(v.filingDate)}</td>
        <td class="nowrap">${page === 1 && i === 0 ? html`<a href="${names.list}">现行版本</a>` : '已被新版本替代'}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`
  }
  ${pagination({
    page,
    pageSize: HISTORY_PAGE_SIZE,
    total: history.total,
    href: (n) => (n > 1 ? `${names.history}?page=${n}` : names.history),
    label: '备案版本分页',
  })}
  <p>另见：<a href="${other.history}">${other.title}历次备案版本</a></p>
</section>`;
}
