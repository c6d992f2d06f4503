import { deadlineFor, deadlineQuery } from '../calendar/routes.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { type Html, html } from './html.js';

/**
 * 期限计算: the same computation as GET /api/v1/calendar/deadline, as a plain form, so a party can check
 * a deadline (e.g. 5 working days to ask for a hearing) without JavaScript.
 */
export async function deadlineBody(deps: AppDeps, query: Record<string, string | undefined>): Promise<Html> {
  const asked = query.from !== undefined || query.days !== undefined;
  const values = { from: query.from ?? '', days: query.days ?? '', unit: query.unit ?? 'working' };
  let result: Html | null = null;
  if (asked) {
    const parsed = deadlineQuery.safeParse(values);
    if (!parsed.success) {
      result = html`<div class="error" role="alert">请填写正确的起算日期（如 2026-03-02）和天数（0–3650 的整数）。</div>`;
    } else {
      try {
        const d = await deadlineFor(deps, parsed.data);
        result = html`<div class="result" role="status" aria-live="polite">
          <p>截止日期：<span class="due">${d.due}</span></p>
          <p>${d.explanation}</p>
          ${d.warnings.map((w) => html`<p class="warning">${w.message}</p>`)}
        </div>`;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        result = html`<div class="error" role="alert">${e.message}</div>`;
      }
    }
  }
  return html`
<h1>期限计算</h1>
<section class="card" aria-labelledby="h-calc">
  <h2 id="h-calc">计算法定期限的截止日期</h2>
  <p class="muted">依《行政处罚法》第八十五条，期限以“日”计算、七日以内的为工作日；期间开始之日不计算在内，期限届满的最后一日是法定节假日的，以节假日后的第一个工作日为期限届满日。</p>
  <form class="inline" method="get" action="/deadline">
    <label for="from">起算日期（事件发生日）<input id="from" name="from" type="date" required value="${values.from}"></label>
    <label for="days">天数<input id="days" name="days" type="number" min="0" max="3650" required value="${values.days}"></label>
    <label for="unit">计算方式
      <select id="unit" name="unit">
        <option value="working"${values.unit === 'working' ? html` selected` : ''}>工作日</option>
        <option value="calendar"${values.unit === 'calendar' ? html` selected` : ''}>自然日</option>
      </select>
    </label>
    <button type="submit">计算</button>
  </form>
  ${result}
</section>
<section class="card" aria-labelledby="h-common">
  <h2 id="h-common">常用期限</h2>
  <table>
    <thead><tr><th scope="col">事项</th><th scope="col">期限</th><th scope="col">依据</th></tr></thead>
    <tbody>
      <tr><td>收到行政处罚事先告知书后申请听证</td><td>5个工作日</td><td>行政处罚法第六十四条</td></tr>
      <tr><td>缴纳罚款</td><td>15日</td><td>行政处罚法第六十七条</td></tr>
      <tr><td>申请行政复议</td><td>60日</td><td>行政复议法</td></tr>
      <tr><td>提起行政诉讼</td><td>6个月</td><td>行政诉讼法</td></tr>
    </tbody>
  </table>
</section>`;
}
