import { parseChineseNumeral } from '@sanxiang/core';
import type { AppDeps } from '../context.js';
import { listLaws } from '../laws/list-laws.js';
import { searchQuery } from '../laws/schemas.js';
import { searchLawArticles } from '../laws/search-law-articles.js';
import { type Html, html } from './html.js';

/** The in-page anchor of an article on /laws/:id: '#a64', '#a10-1' for 第十条之一. */
export function articleAnchor(number: number, suffix: string): string {
  return suffix ? `a${number}-${parseChineseNumeral(suffix.slice(1))}` : `a${number}`;
}

/** A snippet with its matches in <mark>; every piece of text is escaped by the template. */
export function markedSnippet(text: string, highlights: readonly [number, number][]): Html {
  const parts: (Html | string)[] = [];
  let at = 0;
  for (const [from, to] of highlights) {
    parts.push(text.slice(at, from), html`<mark>${text.slice(from, to)}</mark>`);
    at = to;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

function searchHref(q: string, lawId: string | undefined, page: number): string {
  const params = new URLSearchParams({ q });
  if (lawId) params.set('lawId', lawId);
  if (page > 1) params.set('page', String(page));
  return `/laws?${params.toString()}`;
}

/**
 * 法律法规: the statutes the bureau applies, and a search over their articles (Catalogues item 1, P-03:
 * the legal basis of enforcement is public). Works without JavaScript: the form is a plain GET.
 */
export async function lawsBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const { items: laws } = await listLaws(deps.db);
  const q = (query.q ?? '').trim();
  const lawId = query.lawId || undefined;

  let results: Html | null = null;
  if (q !== '') {
    const parsed = searchQuery.safeParse({ q, lawId, page: query.page ?? '1', pageSize: '20' });
    if (!parsed.success) {
      results = html`<div class="error" role="alert">检索词过长或条件有误，请修改后重试（检索词不超过100字）。</div>`;
    } else {
      const found = await searchLawArticles(deps.db, parsed.data);
      const { page, pageSize, total } = found;
      const pages = Math.max(1, Math.ceil(total / pageSize));
      results = html`
  <div role="status" aria-live="polite">
    <p>检索“${q}”，共找到 <strong>${total}</strong> 条${total > pageSize ? html`，第 ${page}/${pages} 页` : ''}。</p>
  </div>
  ${
    found.items.length
      ? html`<ol class="hits" start="${(page - 1) * pageSize + 1}">
    ${found.items.map(
      (hit) => html`<li>
      <p><a href="/laws/${hit.lawId}#${articleAnchor(hit.number, hit.suffix)}">《${hit.lawTitle}》${hit.label}</a>${hit.chapter ? html` <span class="muted">${hit.chapter}</span>` : ''}</p>
      <p>${markedSnippet(hit.snippet, hit.highlights)}</p>
    </li>`,
    )}
  </ol>`
      : html`<p class="muted">没有找到匹配的条文，请换用其他词语或减少检索词。</p>`
  }
  ${
    pages > 1
      ? html`<nav aria-label="检索结果分页"><p>
    ${page > 1 ? html`<a href="${searchHref(q, lawId, page - 1)}">上一页</a>` : ''}
    ${page < pages ? html`<a href="${searchHref(q, lawId, page + 1)}">下一页</a>` : ''}
  </p></nav>`
      : ''
  }`;
    }
  }

  return html`
<h1>法律法规</h1>
<section class="card" aria-labelledby="h-search">
  <h2 id="h-search">条文检索</h2>
  <form class="inline" method="get" action="/laws" role="search">
    <label for="q">检索词（多个词以空格分隔）<input id="q" name="q" type="search" maxlength="100" required value="${q}"></label>
    <label for="lawId">范围
      <select id="lawId" name="lawId">
        <option value="">全部法律法规</option>
        ${laws.map((l) => html`<option value="${l.id}"${l.id === lawId ? html` selected` : ''}>${l.title}</option>`)}
      </select>
    </label>
    <button type="submit">检索</button>
  </form>
  ${results}
</section>
<section class="card" aria-labelledby="h-laws">
  <h2 id="h-laws">本机关适用的法律法规</h2>
  <table>
    <thead><tr><th scope="col">名称</th><th scope="col">版本日期</th><th scope="col">条文数</th><th scope="col">最近修改</th></tr></thead>
    <tbody>
      ${laws.map(
        (l) => html`<tr>
        <td><a href="/laws/${l.id}">${l.title}</a></td>
        <td>${l.effectiveDate ?? '—'}</td>
        <td>${l.articleCount}</td>
        <td>${l.versionNotes.at(-1) ?? '—'}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  <p class="muted">文本来自官方公布的法律法规文本。版本日期为文本所载最近一次通过、修改或施行的日期；条文的施行日期以各法律法规的规定为准。</p>
</section>`;
}
