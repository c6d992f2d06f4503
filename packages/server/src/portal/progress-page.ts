import { publicProgress } from '../cases/public-progress.js';
import { progressQuery } from '../cases/schemas.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { type Html, html } from './html.js';

const STATUS_LABEL: Record<'open' | 'closed' | 'archived', string> = {
  open: '办理中',
  closed: '已结案',
  archived: '已归档',
};

/**
 * 案件进度查询 (P-08): the same operation as GET /api/v1/public/progress, as a plain form. The page shows
 * what that operation answers — procedure, stage, status and running deadlines — and nothing else; a wrong
 * number and a wrong code get the same neutral message.
 */
export async function progressBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const asked = query.caseNo !== undefined || query.code !== undefined;
  const values = { caseNo: query.caseNo ?? '', code: query.code ?? '' };
  let result: Html | null = null;
  if (asked) {
    const parsed = progressQuery.safeParse(values);
    const notFound = html`<div class="error" role="alert">未找到对应的案件。请核对案件编号和查询码是否与文书上印制的一致。</div>`;
    if (!parsed.success) {
      result = notFound;
    } else {
      try {
        const p = await publicProgress(deps, parsed.data.caseNo, parsed.data.code);
        result = html`<div class="result" role="status" aria-live="polite">
          <dl class="facts">
            <dt>案件编号</dt><dd>${p.caseNo}</dd>
            <dt>办案程序</dt><dd>${p.procedureName}</dd>
            <dt>当前阶段</dt><dd class="stage">${p.stageName}</dd>
            <dt>案件状态</dt><dd>${STATUS_LABEL[p.status]}</dd>
          </dl>
          ${
            p.deadlines.length > 0
              ? html`<table>
            <caption>正在计算的期限</caption>
            <thead><tr><th scope="col">期限</th><th scope="col">届满日期</th></tr></thead>
            <tbody>${p.deadlines.map((d) => html`<tr><td>${d.name}</td><td class="due-date">${d.due}</td></tr>`)}</tbody>
          </table>`
              : html`<p>当前没有正在计算的期限。</p>`
          }
        </div>`;
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'NOT_FOUND')) throw e;
        result = notFound;
      }
    }
  }
  return html`
<h1>案件进度查询</h1>
<section class="card" aria-labelledby="h-progress">
  <h2 id="h-progress">查询案件办理进度</h2>
  <p class="muted">案件当事人可凭案件编号和查询码查询案件所处阶段和期限。页面只显示办理进度，不显示当事人信息和案情。</p>
  <form class="inline progress-form" method="get" action="/progress">
    <div class="field">
      <label for="caseNo">案件编号</label>
      <input id="caseNo" name="caseNo" type="text" maxlength="64" required autocomplete="off" aria-describedby="caseNo-hint" value="${values.caseNo}">
      <span class="hint" id="caseNo-hint">见送达给您的执法文书末尾“案件查询码”一行中括号内的编号（立案前为案源编号，立案后为立案号）</span>
    </div>
    <div class="field">
      <label for="code">查询码</label>
      <input id="code" name="code" type="text" maxlength="32" required autocomplete="off" aria-describedby="code-hint" value="${values.code}">
      <span class="hint" id="code-hint">见同一行“案件查询码：”之后，字母大小写均可</span>
    </div>
    <button type="submit">查询</button>
  </form>
  ${result}
</section>`;
}
