import { type Html, html, Html as RawHtml } from '../portal/html.js';
import type { PresentedReport } from './report-query.js';
import { actRows, matterRows, NO_POWER, otherRows, remedyRows } from './report-rows.js';
import { horizontalBarChart, monthlyChart } from './svg-charts.js';

// P-11 on the portal: the published annual reports, each with server-rendered charts (no script needed)
// and the same figures as tables, and its workbook and PDF.

export function annualReportListBody(years: { year: number; publishedOn: string }[]): Html {
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<h1>行政执法统计年报</h1>
<section class="card" aria-labelledby="h-reports">
  <h2 id="h-reports">历年行政执法数据统计报告</h2>
  <p class="muted">本局于每年1月10日前公开上一年度行政执法总体情况数据。</p>
  ${
    years.length === 0
      ? html`<div class="empty"><p>暂无已公开的年度报告。</p></div>`
      : html`<ul class="window-list">${years.map(
          (y) =>
            html`<li><a href="/annual-reports/${y.year}">${y.year}年度行政执法数据统计报告</a> <span class="muted">（${y.publishedOn}公开）</span></li>`,
        )}</ul>`
  }
</section>`;
}

export function annualReportBody(r: PresentedReport): Html {
  const f = r.figures!;
  const actsChart = horizontalBarChart(
    'chart-acts',
    `${f.year}年度各类行政执法行为件数`,
    f.acts.map((a) => ({
      label: a.name,
      value: a.count,
      ...(a.hasPower || a.count > 0 ? {} : { note: NO_POWER }),
    })),
  );
  const months = monthlyChart('chart-monthly', `${f.year}年度分月执法行为件数`, [
    { name: '行政处罚', values: f.monthly.penalty },
    { name: '行政强制', values: f.monthly.coercion },
    { name: '行政检查', values: f.monthly.inspection },
  ]);
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<h1>${f.year}年度行政执法数据统计报告</h1>
<p class="lead">统计期间：${f.year}年1月1日至12月31日 · ${r.publishedOn}公开（依规${r.deadline.rule}公开，即${r.deadline.due}前）</p>
<p class="downloads"><a href="/annual-reports/${f.year}/report.xlsx">下载 Excel 表格（xlsx）</a> · <a href="/annual-reports/${f.year}/report.pdf">下载 PDF</a></p>
<section class="card" aria-labelledby="h-acts">
  <h2 id="h-acts">一、行政执法行为数量</h2>
  <figure class="chart">${new RawHtml(actsChart)}</figure>
  <div class="table-wrap"><table class="list report-acts">
    <caption>各类行政执法行为件数（本局持有但未行使的职权记为0）</caption>
    <thead><tr><th scope="col">类别</th><th scope="col">件数</th><th scope="col">统计口径</th></tr></thead>
    <tbody>${actRows(f).map((row) => html`<tr><th scope="row">${row[0]}</th><td class="num">${row[1]}</td><td>${row[2]}</td></tr>`)}</tbody>
  </table></div>
</section>
<section class="card" aria-labelledby="h-monthly">
  <h2 id="h-monthly">二、分月情况</h2>
  <figure class="chart">${new RawHtml(months)}</figure>
</section>
<section class="card" aria-labelledby="h-other">
  <h2 id="h-other">三、罚没、听证和法制审核</h2>
  <table class="list report-other">
    <caption>罚没金额、听证和法制审核</caption>
    <thead><tr><th scope="col">项目</th><th scope="col">数值</th></tr></thead>
    <tbody>${otherRows(f).map((row) => html`<tr><th scope="row">${row[0]}</th><td class="num">${row[1]}</td></tr>`)}</tbody>
  </table>
</section>
<section class="card" aria-labelledby="h-remedies">
  <h2 id="h-remedies">四、行政复议和行政诉讼</h2>
  <table class="list report-remedies">
    <caption>以本局为被申请人、被告的行政复议和行政诉讼</caption>
    <thead><tr><th scope="col">项目</th><th scope="col">行政复议</th><th scope="col">行政诉讼</th></tr></thead>
    <tbody>${remedyRows(f).map((row) => html`<tr><th scope="row">${row[0]}</th><td class="num">${row[1]}</td><td class="num">${row[2]}</td></tr>`)}</tbody>
  </table>
</section>
<section class="card" aria-labelledby="h-matters">
  <h2 id="h-matters">五、分事项情况</h2>
  <div class="table-wrap"><table class="list report-matters">
    <caption>按执法事项清单统计（清单内职权未行使的记为0）</caption>
    <thead><tr><th scope="col">事项编码</th><th scope="col">事项名称</th><th scope="col">类别</th><th scope="col">件数</th></tr></thead>
    <tbody>${matterRows(f).map((row) => html`<tr><td class="code">${row[0]}</td><td>${row[1]}</td><td>${row[2]}</td><td class="num">${row[3]}</td></tr>`)}</tbody>
  </table></div>
</section>`;
}
