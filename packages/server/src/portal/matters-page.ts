import { listPublicItems } from '../catalog/list-public-items.js';
import { MATTER_CATEGORIES } from '../catalog/schemas.js';
import type { AppDeps } from '../context.js';
import { dateCell, pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';

export const MATTERS_PAGE_SIZE = 20;
const MAX_QUERY = 100;

type Category = (typeof MATTER_CATEGORIES)[number];

function isCategory(value: string): value is Category {
  return (MATTER_CATEGORIES as readonly string[]).includes(value);
}

/** The list's address with the reader's search kept. */
function mattersHref(q: string, category: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/matters?${query}` : '/matters';
}

/** Which filed version a public list comes from, with the way to its history. */
export function versionNote(
  version: { versionNo: number; title: string; filingNumber: string; filingDate: string } | null,
  historyHref: string,
): Html {
  if (!version) return html`<p>本清单尚未经备案公布。经司法行政部门备案后，现行清单将在此公开。</p>`;
  return html`<p>现行版本：<strong>第 ${version.versionNo} 版</strong>《${version.title}》</p>
  <dl class="facts">
    <dt>备案号</dt><dd>${version.filingNumber}</dd>
    <dt>备案日期</dt><dd>${dateCell(version.filingDate)}</dd>
  </dl>
  <p><a href="${historyHref}">查看历次备案版本</a></p>`;
}

/**
 * 行政执法事项清单 (P-03): the current filed list, searchable by keyword and category with a plain GET
 * form and paged by links, so it works without JavaScript.
 */
export async function mattersBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const q = (query.q ?? '').trim();
  const rawCategory = (query.category ?? '').trim();
  const category = isCategory(rawCategory) ? rawCategory : '';
  const page = pageNumber(query.page);
  const tooLong = q.length > MAX_QUERY;

  const found = await listPublicItems(deps, 'matters', {
    ...(q && !tooLong ? { q } : {}),
    ...(category ? { category } : {}),
    page: tooLong ? 1 : page,
    pageSize: MATTERS_PAGE_SIZE,
  });
  const filtered = q !== '' || category !== '';
  const pages = Math.max(1, Math.ceil(found.total / MATTERS_PAGE_SIZE));

  let results: Html;
  if (tooLong) {
    results = html`<div class="error" role="alert">关键词不能超过${MAX_QUERY}个字，请缩短后重新查询。</div>`;
  } else if (found.items.length === 0) {
    results = html`<div class="empty" role="status">
      ${
        found.total > 0
          ? html`<p>第 ${page} 页没有内容，本次查询共 ${found.total} 项、${pages} 页。</p>
      <p><a href="${mattersHref(q, category, 1)}">回到第 1 页</a></p>`
          : filtered
            ? html`<p>没有找到符合条件的执法事项${q ? html`（关键词“${q}”${category ? html`，类别“${category}”` : ''}）` : html`（类别“${category}”）`}。</p>
      <p>可以换用其他关键词、选择“全部类别”，或者 <a href="/matters">查看全部事项</a>。</p>`
            : html`<p>现行清单中暂无执法事项。</p>`
      }
    </div>`;
  } else {
    const first = (page - 1) * MATTERS_PAGE_SIZE + 1;
    const last = first + found.items.length - 1;
    results = html`
  <p role="status">${filtered ? '符合条件的事项' : '现行清单共有事项'} <strong>${found.total}</strong> 项${
    pages > 1 ? html`，本页显示第 ${first}–${last} 项（第 ${page}/${pages} 页）` : ''
  }。</p>
  <div class="table-wrap">
  <table class="list">
    <caption>行政执法事项${filtered ? '查询结果' : '清单'}${pages > 1 ? html`（第 ${page} 页，共 ${pages} 页）` : ''}</caption>
    <thead><tr>
      <th scope="col">事项编码</th>
      <th scope="col">事项名称</th>
      <th scope="col">事项类别</th>
      <th scope="col">实施主体</th>
      <th scope="col">是否适用听证</th>
    </tr></thead>
    <tbody>
      ${found.items.map(
        (m) => html`<tr>
        <td class="code">${m.code}</td>
        <th scope="row" class="name"><a href="/matters/${encodeURIComponent(m.code)}">${m.name}</a></th>
        <td class="nowrap">${m.category}</td>
        <td>${m.actingBody}</td>
        <td class="nowrap">${m.hearingApplicable ? '适用' : '不适用'}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>
  ${pagination({
    page,
    pageSize: MATTERS_PAGE_SIZE,
    total: found.total,
    href: (n) => mattersHref(q, category, n),
    label: '事项清单分页',
  })}`;
  }

  return html`
<h1>行政执法事项清单</h1>
<section class="card" aria-labelledby="h-version">
  <h2 id="h-version">清单版本</h2>
  ${versionNote(found.version, '/matters/history')}
  <p class="muted">清单载明本机关实施的每一项行政执法事项及其实施主体、职责权限、法律依据、裁量基准、救济途径和服务指南。点击事项名称查看详情和办理流程图。</p>
</section>
<section class="card" aria-labelledby="h-search">
  <h2 id="h-search">查询事项</h2>
  <form class="inline" method="get" action="/matters" role="search" aria-labelledby="h-search">
    <label for="q">关键词（名称、编码或职责）<input id="q" name="q" type="search" maxlength="${MAX_QUERY}" value="${q}"></label>
    <label for="category">事项类别
      <select id="category" name="category">
        <option value="">全部类别</option>
        ${MATTER_CATEGORIES.map((c) => html`<option value="${c}"${c === category ? html` selected` : ''}>${c}</option>`)}
      </select>
    </label>
    <button type="submit">查询</button>
    ${filtered ? html`<a class="reset" href="/matters">清除条件</a>` : ''}
  </form>
  ${rawCategory && !category ? html`<p class="warning" role="alert">没有“${rawCategory}”这一事项类别，已按全部类别查询。</p>` : ''}
</section>
<section class="card" aria-labelledby="h-list">
  <h2 id="h-list">事项列表</h2>
  ${results}
</section>`;
}
