import { PROCEDURE_CODES, PROCEDURES } from '@sanxiang/core';
import { flowchartFigure, procedureBasis } from './flowchart-figure.js';
import { type Html, html } from './html.js';

/**
 * 执法流程图 (P-05): every procedure the bureau follows — 简易程序, 普通程序 with its hearing branch,
 * 查封扣押, 强制拆除, 行政检查, 法制审核 — drawn from the definitions the case system enforces, each with
 * its legal basis linking to the articles.
 */
export function flowchartsBody(): Html {
  const defs = PROCEDURE_CODES.map((code) => PROCEDURES[code]);
  return html`
<h1>执法流程图</h1>
<section class="card" aria-labelledby="h-about">
  <h2 id="h-about">说明</h2>
  <p>以下流程图由本机关执法办案系统实际执行的程序定义生成，系统按图中的环节、时限和条件办理案件，图文一致。每幅图下方的“文字说明”列出全部环节、办理人员、时限、必备文书和流转条件。</p>
  <nav aria-labelledby="h-about">
    <ul class="toc-list">
      ${defs.map((d) => html`<li><a href="#proc-${d.code}">${d.name}</a></li>`)}
    </ul>
  </nav>
</section>
${defs.map(
  (d) => html`<section class="card" id="proc-${d.code}" aria-labelledby="h-proc-${d.code}">
  <h2 id="h-proc-${d.code}">${d.name}</h2>
  <p>依据：${procedureBasis(d)}</p>
  ${flowchartFigure(d, `${d.name}流程图`, `h-proc-${d.code}`)}
</section>`,
)}`;
}
