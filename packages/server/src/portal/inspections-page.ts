import { articleLabel } from '@sanxiang/core';
import { listPublicItems } from '../catalog/list-public-items.js';
import type { InspectionItem } from '../catalog/schemas.js';
import type { AppDeps } from '../context.js';
import { listLaws } from '../laws/list-laws.js';
import { formatPercent, pageNumber, pagination } from './catalog-format.js';
import { type Html, html } from './html.js';
import { articleAnchor } from './laws-page.js';
import { versionNote } from './matters-page.js';

const INSPECTIONS_PAGE_SIZE = 50;

/** The plan's fields (P-04), in the plan's order. */
export const INSPECTION_FIELDS = [
  '抽查主体',
  '抽查依据',
  '抽查对象',
  '抽查内容',
  '抽查比例',
  '抽查方式',
  '抽查频次',
];

/** A statute's title without the state's name, as citations usually give it. */
export function shortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}

/**
 * 随机抽查事项清单 (P-04, 双随机、一公开): the current filed list with exactly the plan's fields — 抽查主体、
 * 依据、对象、内容、比例、方式、频次 — each basis linking to the article it cites. Seven columns of prose do
 * not fit at the large-font size, so that mode gets one block per item with the same fields instead of a
 * table that would have to scroll sideways.
 */
export async function inspectionsBody(
  deps: AppDeps,
  query: Record<string, string | undefined>,
  options: { stacked?: boolean } = {},
): Promise<Html> {
  const page = pageNumber(query.page);
  const found = await listPublicItems(deps, 'inspections', { page, pageSize: INSPECTIONS_PAGE_SIZE });
  const titles = new Map((await listLaws(deps.db)).items.map((l) => [l.id, shortTitle(l.title)]));
  const pages = Math.max(1, Math.ceil(found.total / INSPECTIONS_PAGE_SIZE));
  const href = (n: number) => (n > 1 ? `/inspections?page=${n}` : '/inspections');

  // The free text as the plan words it, then the structured references grouped by law, each article a link.
  const basis = (i: InspectionItem) => {
    const byLaw = new Map<string, InspectionItem['bases']>();
    for (const b of i.bases) byLaw.set(b.lawId, [...(byLaw.get(b.lawId) ?? []), b]);
    return html`<p>${i.basis}</p>${
      byLaw.size
        ? html`<p class="basis-links">查看条文：${[...byLaw].map(
            ([lawId, refs], k) =>
              html`${k > 0 ? '；' : ''}${titles.has(lawId) ? `《${titles.get(lawId)}》` : ''}${refs.map(
                (b, n) =>
                  html`${n > 0 ? '、' : ''}<a href="/laws/${lawId}#${articleAnchor(b.article, b.suffix ?? '')}">${articleLabel(b.article, b.suffix ?? '')}</a>`,
              )}`,
          )}</p>`
        : ''
    }`;
  };

  const caption = html`随机抽查事项清单${pages > 1 ? html`（第 ${page} 页，共 ${pages} 页）` : ''}`;
  const table = html`<div class="table-wrap">
  <table class="list inspections">
    <caption>${caption}</caption>
    <thead><tr>${INSPECTION_FIELDS.map((f) => html`<th scope="col">${f}</th>`)}</tr></thead>
    <tbody>
      ${found.items.map(
        (i) => html`<tr>
        <td>${i.subject}</td>
        <td>${basis(i)}</td>
        <th scope="row">${i.object}</th>
        <td>${i.content}</td>
        <td class="nowrap">${formatPercent(i.ratio)}</td>
        <td>${i.method}</td>
        <td>${i.frequency}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`;
  const blocks = html`<h3 class="list-caption">${caption}</h3>
  <ol class="items">
    ${found.items.map(
      (i) => html`<li>
      <dl class="facts">
        <dt>${INSPECTION_FIELDS[0]}</dt><dd>${i.subject}</dd>
        <dt>${INSPECTION_FIELDS[1]}</dt><dd>${basis(i)}</dd>
        <dt>${INSPECTION_FIELDS[2]}</dt><dd><strong>${i.object}</strong></dd>
        <dt>${INSPECTION_FIELDS[3]}</dt><dd>${i.content}</dd>
        <dt>${INSPECTION_FIELDS[4]}</dt><dd>${formatPercent(i.ratio)}</dd>
        <dt>${INSPECTION_FIELDS[5]}</dt><dd>${i.method}</dd>
        <dt>${INSPECTION_FIELDS[6]}</dt><dd>${i.frequency}</dd>
      </dl>
    </li>`,
    )}
  </ol>`;

  const list =
    found.items.length === 0
      ? html`<div class="empty" role="status">${
          found.total > 0
            ? html`<p>第 ${page} 页没有内容。<a href="/inspections">回到第 1 页</a></p>`
            : html`<p>现行清单中暂无随机抽查事项。</p>`
        }</div>`
      : html`<p>现行清单共有随机抽查事项 <strong>${found.total}</strong> 项${pages > 1 ? html`（第 ${page}/${pages} 页）` : ''}。</p>
  ${options.stacked ? blocks : table}
  ${pagination({ page, pageSize: INSPECTIONS_PAGE_SIZE, total: found.total, href, label: '抽查事项分页' })}`;

  return html`
<h1>随机抽查事项清单</h1>
<section class="card" aria-labelledby="h-version">
  <h2 id="h-version">清单版本</h2>
  ${versionNote(found.version, '/inspections/history')}
  <p class="muted">按照“双随机、一公开”要求，随机抽取检查对象、随机选派执法检查人员；抽查比例为每年抽查的对象占该类对象总数的百分比。抽查结果依法向社会公开。</p>
</section>
<section class="card" aria-labelledby="h-items">
  <h2 id="h-items">抽查事项</h2>
  ${list}
</section>`;
}
