import { LEGAL_REVIEW_PROCEDURE, REVIEW_ITEMS, REVIEW_LEVELS, SUBMISSION_MATERIALS } from '@sanxiang/core';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import { getCatalogue, listCatalogueVersions } from '../review/catalogue-versions.js';
import type { RenderPage } from './catalog-routes.js';
import { flowchartFigure, procedureBasis } from './flowchart-figure.js';
import { type Html, html } from './html.js';

// 重大执法决定法制审核 on the portal (L-01, L-03, L-04): the rules (who reviews, what, how, how long, who
// answers for it), the catalogue of major decisions in force with its version history, and the review
// flowchart drawn by core from the procedure the engine enforces. Server-rendered, no script.

const yuan = (n: number) => n.toLocaleString('en-US');

export async function reviewRulesBody(deps: AppDeps): Promise<Html> {
  const c = await getCatalogue(deps);
  return html`
<h1>重大执法决定法制审核制度</h1>
<section class="card" aria-labelledby="h-body">
  <h2 id="h-body">审核主体</h2>
  <p>本机关实行两级法制审核：除当场作出的行政处罚外，行政处罚决定作出前均由${REVIEW_LEVELS.brigade.zh}审核；列入《重大执法决定法制审核目录清单》的，经${REVIEW_LEVELS.brigade.zh}审核后，再由${REVIEW_LEVELS.bureau.zh}审核。</p>
  <p>法制审核人员须取得国家统一法律职业资格，其证书编号、取得日期经登记后方可承担审核工作；审核人员不得审核本人承办的案件，同一案件的两级审核由不同人员担任。</p>
</section>
<section class="card" aria-labelledby="h-scope">
  <h2 id="h-scope">审核范围</h2>
  <p>列入目录清单的重大执法决定（${c.version > 0 ? `第${c.version}版` : '系统默认标准'}），详见<a href="/review/catalogue">重大执法决定法制审核目录清单</a>：</p>
  <ol>${c.entries.map((e) => html`<li>${e.zh}</li>`)}</ol>
</section>
<section class="card" aria-labelledby="h-items">
  <h2 id="h-items">审核内容</h2>
  <ol>${REVIEW_ITEMS.map((i) => html`<li>${i.zh}</li>`)}</ol>
</section>
<section class="card" aria-labelledby="h-materials">
  <h2 id="h-materials">送审材料与报送要求</h2>
  <p>承办机构报送法制审核，应当提交下列材料；材料不齐全的，不予受理：</p>
  <ul>${SUBMISSION_MATERIALS.map(
    (m) => html`<li>${m.zh}${'onlyIfHearing' in m && m.onlyIfHearing ? '（经过听证程序的）' : ''}</li>`,
  )}</ul>
</section>
<section class="card" aria-labelledby="h-way">
  <h2 id="h-way">审核方式、时限和意见</h2>
  <p>法制审核以书面审核为主，逐项审查前列七项内容，并出具《法制审核意见书》。审核意见分为：同意；退回补正（承办机构补正后重新送审，每次送审和审核意见均存档）；不同意（涉嫌犯罪或超出职权的，建议移送有权机关）。审核意见为不同意的，由机关负责人集体讨论，并制作《重大案件集体讨论笔录》。</p>
  <p>审核时限为自送审之日起 <strong>${c.timeLimits.days}</strong> 个工作日；案情复杂的，经机关负责人批准可延长 <strong>${c.timeLimits.complexExtraDays}</strong> 个工作日。工作日按国务院公布的节假日安排计算。逾期未出具审核意见的，由监督指挥中心督办。</p>
</section>
<section class="card" aria-labelledby="h-duty">
  <h2 id="h-duty">责任</h2>
  <p>未经法制审核或者审核未通过的，不得作出决定（《中华人民共和国行政处罚法》第五十八条）。本平台在作出处罚决定和签发处罚决定书前自动校验：须经的各级审核均已对现拟处罚决定审核通过；送审后拟处罚决定有改动的，原审核意见失效，须重新送审。承办机构对送审材料的真实性负责，审核机构对审核意见负责。</p>
</section>
<section class="card" aria-labelledby="h-chart">
  <h2 id="h-chart">法制审核流程图</h2>
  <p class="muted">依据：${procedureBasis(LEGAL_REVIEW_PROCEDURE)}。本图由系统执行的审核程序直接生成。</p>
  ${flowchartFigure(LEGAL_REVIEW_PROCEDURE, '重大执法决定法制审核流程图', 'h-chart')}
</section>`;
}

export async function reviewCatalogueBody(deps: AppDeps): Promise<Html> {
  const c = await getCatalogue(deps);
  const versions = await listCatalogueVersions(deps.db);
  const t = c.catalogue;
  return html`
<h1>重大执法决定法制审核目录清单</h1>
<section class="card" aria-labelledby="h-current">
  <h2 id="h-current">现行目录（${c.version > 0 ? `第${c.version}版` : '系统默认'}）</h2>
  <p>下列行政处罚决定属于重大执法决定，经${REVIEW_LEVELS.brigade.zh}审核后，须再经${REVIEW_LEVELS.bureau.zh}审核：</p>
  <ol>${c.entries.map((e) => html`<li>${e.zh}</li>`)}</ol>
  <div class="table-wrap">
  <table class="list">
    <caption>数额标准（“以上”含本数）</caption>
    <thead><tr><th scope="col">事项</th><th scope="col">自然人</th><th scope="col">单位</th></tr></thead>
    <tbody>
      <tr><th scope="row">罚款</th><td>${yuan(t.fineThreshold.person)} 元以上</td><td>${yuan(t.fineThreshold.organisation)} 元以上</td></tr>
      <tr><th scope="row">没收违法所得、非法财物价值</th><td>${yuan(t.confiscationThreshold.person)} 元以上</td><td>${yuan(t.confiscationThreshold.organisation)} 元以上</td></tr>
    </tbody>
  </table>
  </div>
  <p>审核时限：${c.timeLimits.days} 个工作日；复杂案件经批准延长 ${c.timeLimits.complexExtraDays} 个工作日。</p>
</section>
<section class="card" aria-labelledby="h-versions">
  <h2 id="h-versions">版本记录</h2>
  ${
    versions.length === 0
      ? html`<p role="status">尚未发布本局目录，现按系统默认标准执行。</p>`
      : html`<div class="table-wrap"><table class="list">
    <caption>目录版本（由近到远）</caption>
    <thead><tr><th scope="col">版本</th><th scope="col">发布日期</th><th scope="col">说明</th></tr></thead>
    <tbody>${versions.map(
      (v) =>
        html`<tr><th scope="row">第${v.version}版</th><td class="nowrap">${v.publishedAt.slice(0, 10)}</td><td>${v.note}</td></tr>`,
    )}</tbody>
  </table></div>`
  }
  <p>另见：<a href="/review">法制审核制度和流程图</a> · <a href="/rules">制度文件</a></p>
</section>`;
}

export function registerReviewPages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  app.get('/review', async (request, reply) =>
    render(request, reply, '重大执法决定法制审核', '/review', () => reviewRulesBody(deps)),
  );
  app.get('/review/catalogue', async (request, reply) =>
    render(request, reply, '重大执法决定法制审核目录清单', '/review/catalogue', () =>
      reviewCatalogueBody(deps),
    ),
  );
}
