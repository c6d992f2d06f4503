import type { getPublicMatter } from '../catalog/get-public-matter.js';
import {
  BASIS_ROLE_LABELS,
  dateCell,
  fineRange,
  orDash,
  PARTY_TYPE_LABELS,
  paragraphs,
  stepsList,
} from './catalog-format.js';
import { flowchartFigure, procedureBasis, procedureOf } from './flowchart-figure.js';
import { type Html, html } from './html.js';
import { articleAnchor } from './laws-page.js';

export type PublicMatter = Awaited<ReturnType<typeof getPublicMatter>>;

const SECTIONS = [
  { id: 'h-facts', label: '基本信息' },
  { id: 'h-bases', label: '法律依据' },
  { id: 'h-discretion', label: '裁量基准' },
  { id: 'h-hearing', label: '听证与救济' },
  { id: 'h-guide', label: '服务指南' },
  { id: 'h-flow', label: '办理流程图' },
];

function bases(m: PublicMatter): Html {
  return html`${m.bases.map((b) => {
    const anchor = articleAnchor(b.article, b.suffix ?? '');
    const label = b.label || `第${b.article}条${b.suffix ?? ''}`;
    return html`<article class="basis">
    <h3><span class="tag">${BASIS_ROLE_LABELS[b.role] ?? b.role}</span> <a href="/laws/${b.lawId}#${anchor}">《${b.lawTitle}》${label}</a></h3>
    ${
      b.text
        ? html`<blockquote cite="/laws/${b.lawId}#${anchor}">${paragraphs(b.text)}</blockquote>`
        : html`<p class="muted">法规库中暂无该条文的文本。</p>`
    }
  </article>`;
  })}`;
}

function discretion(m: PublicMatter): Html {
  if (m.discretion.length === 0) {
    return html`<p>本事项不设行政处罚裁量等次${
      m.category === '行政处罚' ? '，依照法律依据规定的种类和幅度处理' : '（非行政处罚事项）'
    }。</p>`;
  }
  return html`<div class="table-wrap" role="region" aria-labelledby="cap-discretion" tabindex="0">
  <table class="list discretion">
    <caption id="cap-discretion">${m.name}的裁量基准（共 ${m.discretion.length} 个等次）</caption>
    <thead><tr>
      <th scope="col">裁量等次</th>
      <th scope="col">适用对象</th>
      <th scope="col">适用情形</th>
      <th scope="col">罚款幅度</th>
      <th scope="col">处理措施</th>
    </tr></thead>
    <tbody>
      ${m.discretion.map(
        (t) => html`<tr>
        <th scope="row" class="nowrap">${t.tier}</th>
        <td class="nowrap">${PARTY_TYPE_LABELS[t.partyType] ?? t.partyType}</td>
        <td>${t.conditions}</td>
        <td class="nowrap fine">${fineRange(t.fineMin, t.fineMax, t.measures)}</td>
        <td>${orDash(t.measures)}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>
  <p class="muted">罚款幅度含本数。具有法定从轻、减轻或者不予处罚情形的，依照《中华人民共和国行政处罚法》第三十条至第三十三条的规定处理。</p>`;
}

/**
 * One matter of the current list in full (P-03, P-05): who acts and on what authority, each legal basis
 * with the article's text, the discretion standard, hearing and remedies, the service guide and the
 * flowchart of the procedure that applies.
 */
export function matterBody(m: PublicMatter): Html {
  const procedure = procedureOf(m.procedure);
  const g = m.guide;
  return html`
<p><a href="/matters">← 行政执法事项清单</a></p>
<h1>${m.name}</h1>
<p class="lead">事项编码 <span class="code">${m.code}</span> · ${m.category}${
    m.version
      ? html` · 载于第 ${m.version.versionNo} 版清单（备案号 ${m.version.filingNumber}，${dateCell(m.version.filingDate)}备案）`
      : ''
  }</p>
<nav class="toc" aria-label="本页内容">
  <ul>${SECTIONS.map((s) => html`<li><a href="#${s.id}">${s.label}</a></li>`)}</ul>
</nav>

<section class="card" aria-labelledby="h-facts">
  <h2 id="h-facts">基本信息</h2>
  <dl class="facts">
    <dt>事项名称</dt><dd>${m.name}</dd>
    <dt>事项编码</dt><dd>${m.code}</dd>
    <dt>事项类别</dt><dd>${m.category}</dd>
    <dt>实施主体</dt><dd>${m.actingBody}</dd>
    ${m.responsibleUnitName ? html`<dt>承办机构</dt><dd>${m.responsibleUnitName}</dd>` : ''}
    <dt>职责</dt><dd>${m.duties}</dd>
    <dt>权限</dt><dd>${m.authority}</dd>
    ${m.penaltyKinds.length ? html`<dt>处罚种类</dt><dd>${m.penaltyKinds.join('、')}</dd>` : ''}
    <dt>适用程序</dt><dd>${procedure ? html`<a href="#h-flow">${procedure.name}</a>` : m.procedure}</dd>
    <dt>是否适用听证</dt><dd>${m.hearingApplicable ? '适用' : '不适用'}</dd>
  </dl>
</section>

<section class="card" aria-labelledby="h-bases">
  <h2 id="h-bases">法律依据</h2>
  <p class="muted">以下为条文全文，点击条文名称可在法律法规库中查看上下文。</p>
  ${bases(m)}
</section>

<section class="card" aria-labelledby="h-discretion">
  <h2 id="h-discretion">裁量基准</h2>
  ${discretion(m)}
</section>

<section class="card" aria-labelledby="h-hearing">
  <h2 id="h-hearing">听证与救济</h2>
  <h3>听证</h3>
  ${
    m.hearingApplicable
      ? html`<p>本事项<strong>适用听证</strong>。拟作出较大数额罚款等决定前，本机关将告知当事人有要求听证的权利；当事人要求听证的，应当在行政处罚事先告知书送达后五个工作日内提出（《中华人民共和国行政处罚法》第六十三条、第六十四条）。<a href="/deadline">计算期限</a></p>`
      : html`<p>本事项<strong>不适用听证</strong>。当事人依法享有陈述、申辩的权利，本机关应当充分听取当事人的意见。</p>`
  }
  <h3>救济途径</h3>
  ${paragraphs(m.remedies)}
</section>

<section class="card" aria-labelledby="h-guide">
  <h2 id="h-guide">服务指南</h2>
  <dl class="facts guide">
    <dt>所需材料</dt><dd>${paragraphs(orDash(g.materials))}</dd>
    <dt>办理流程</dt><dd>${stepsList(g.steps)}</dd>
    <dt>办理时限</dt><dd>${paragraphs(orDash(g.timeLimit))}</dd>
    <dt>收费标准</dt><dd>${paragraphs(orDash(g.fees))}</dd>
    <dt>咨询方式</dt><dd>${paragraphs(orDash(g.consultation))}</dd>
    <dt>投诉渠道</dt><dd>${paragraphs(orDash(g.complaint))}</dd>
  </dl>
</section>

<section class="card" aria-labelledby="h-flow">
  <h2 id="h-flow">办理流程图</h2>
  ${
    procedure
      ? html`<p>本事项适用<strong>${procedure.name}</strong>。依据：${procedureBasis(procedure)}。<a href="/flowcharts#proc-${procedure.code}">查看全部执法流程图</a></p>
  ${flowchartFigure(procedure, `${m.name}：${procedure.name}流程图`, 'h-flow')}`
      : html`<p>本事项的办理流程图暂未公布。<a href="/flowcharts">查看全部执法流程图</a></p>`
  }
</section>`;
}
