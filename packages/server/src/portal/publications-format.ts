import { formatDate } from './catalog-format.js';
import { type Html, html } from './html.js';
import { markedSnippet } from './laws-page.js';

// Pieces shared by the publication pages (P-09, P-10). Every value goes through the escaping template:
// script or markup typed into any field of a decision is shown as text.

export const KIND_NAMES: Record<string, string> = {
  'penalty-decision': '行政处罚决定',
  'inspection-result': '行政检查结果',
};

export interface ListedPublication {
  publicId: string;
  kind: string;
  title: string;
  partyName: string;
  publishedOn: string;
  snippet: string;
  highlights: [number, number][];
}

export function publicationRows(items: readonly ListedPublication[], caption: string): Html {
  return html`<div class="table-wrap">
  <table class="list">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">公示信息</th>
      <th scope="col">类别</th>
      <th scope="col">当事人</th>
      <th scope="col">摘要</th>
      <th scope="col">公示日期</th>
    </tr></thead>
    <tbody>
      ${items.map(
        (i) => html`<tr>
        <th scope="row"><a href="/publications/${i.publicId}">${i.title}</a></th>
        <td class="nowrap">${KIND_NAMES[i.kind] ?? i.kind}</td>
        <td>${i.partyName || '—'}</td>
        <td>${markedSnippet(i.snippet, i.highlights)}</td>
        <td class="nowrap">${formatDate(i.publishedOn)}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`;
}

/** A published body is "label：value" lines; shown as a definition list. */
export function bodyFacts(body: string): Html {
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  return html`<dl class="facts">${lines.map((l) => {
    const at = l.indexOf('：');
    return at > 0
      ? html`<dt>${l.slice(0, at)}</dt><dd>${l.slice(at + 1)}</dd>`
      : html`<dt>说明</dt><dd>${l}</dd>`;
  })}</dl>`;
}
