import type { AppDeps } from '../context.js';
import { listPublicRules } from '../rules/list-public-rules.js';
import { dateCell, pageNumber, pagination, RULE_KIND_LABELS } from './catalog-format.js';
import { type Html, html } from './html.js';

const RULES_PAGE_SIZE = 50;

/**
 * 制度文件 (I-01): the bureau's own rules, lists and flowcharts made under the 三项制度 plan, each with the
 * filing that put it in force. Only filed rules are public; drafts stay in the console.
 */
export async function rulesBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const page = pageNumber(query.page);
  const rules = await listPublicRules(deps, { page, pageSize: RULES_PAGE_SIZE });
  return html`
<h1>制度文件</h1>
<section class="card" aria-labelledby="h-rules">
  <h2 id="h-rules">本机关执法制度登记</h2>
  <p class="muted">本机关为推行行政执法公示、执法全过程记录、重大执法决定法制审核制度制定的制度、清单、流程图等文件，经报司法行政部门备案后施行。下表列出现行有效、已备案的文件；修订中的文件在新文本备案前继续按原备案文本执行。</p>
  ${
    rules.total === 0
      ? html`<p role="status">尚无已备案的制度文件。</p>`
      : html`<div class="table-wrap">
  <table class="list">
    <caption>已备案的制度文件（共 ${rules.total} 件，按备案日期由近到远）</caption>
    <thead><tr>
      <th scope="col">文件名称</th>
      <th scope="col">类别</th>
      <th scope="col">备案号</th>
      <th scope="col">备案日期</th>
      <th scope="col">状态</th>
    </tr></thead>
    <tbody>
      ${rules.items.map(
        (r) => html`<tr>
        <th scope="row">${r.title}</th>
        <td class="nowrap">${RULE_KIND_LABELS[r.kind] ?? r.kind}</td>
        <td class="nowrap">${r.filingNumber ?? '—'}</td>
        <td class="nowrap">${dateCell(r.filedAt)}</td>
        <td class="nowrap">${r.filingNumber ? '已备案，现行有效' : '未备案'}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`
  }
  ${pagination({
    page,
    pageSize: RULES_PAGE_SIZE,
    total: rules.total,
    href: (n) => (n > 1 ? `/rules?page=${n}` : '/rules'),
    label: '制度文件分页',
  })}
  <p>另见：<a href="/matters">行政执法事项清单</a> · <a href="/inspections">随机抽查事项清单</a> · <a href="/flowcharts">执法流程图</a></p>
</section>`;
}
