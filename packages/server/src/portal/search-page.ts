import type { AppDeps } from '../context.js';
import { listPublicPublications } from '../publicity/public-publications.js';
import { pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';
import { publicationRows } from './publications-format.js';

const PAGE_SIZE = 20;

/**
 * Full-text search over published decisions (P-09): the query is cut into words by the same ICU segmenter
 * as the stored texts (core segmentChinese / segmentQuery) and matched with a `simple` tsvector + GIN index.
 * Only the published, redacted words are indexed.
 */
export async function searchBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const q = (query.q ?? '').trim().slice(0, 100);
  const page = pageNumber(query.page);
  const list = q ? await listPublicPublications(deps, { q, page, pageSize: PAGE_SIZE }) : null;
  const href = (n: number) =>
    `/search?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) }).toString()}`;
  return html`
<h1>执法公示全文检索</h1>
<section class="card" aria-labelledby="h-form">
  <h2 id="h-form">检索条件</h2>
  <form class="inline" method="get" action="/search" role="search">
    <label>关键词<input type="search" name="q" value="${q}" maxlength="100"></label>
    <button type="submit">检索</button>
  </form>
  <p class="muted">可输入当事人名称、违法行为、文号等；多个词用空格分开，须同时出现。</p>
</section>
${
  list
    ? html`<section class="card" aria-labelledby="h-results">
  <h2 id="h-results">检索结果</h2>
  ${
    list.total === 0
      ? html`<p role="status">未检索到与“${q}”相关的公示信息。</p>`
      : html`<p role="status">检索到${list.capped ? '超过' : ''} ${list.total} 条与“${q}”相关的公示信息。</p>
  ${publicationRows(list.items, `“${q}”的检索结果`)}`
  }
  ${pagination({ page, pageSize: PAGE_SIZE, total: list.total, href, label: '检索结果分页' })}
</section>`
    : ''
}`;
}
