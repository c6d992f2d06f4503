import type { PublicItem } from '../publicity/public-publications.js';
import { formatDate } from './catalog-format.js';
import { type Html, html } from './html.js';
import { bodyFacts, KIND_NAMES } from './publications-format.js';

/** One published item (P-09): its current version, its history of corrections, and the correction form (P-02). */
export function publicationBody(
  item: PublicItem,
  form?: { error?: string; values?: Record<string, string> },
): Html {
  if (item.state === 'withdrawn')
    return html`<h1>${item.title}</h1>
<section class="card" aria-labelledby="h-withdrawn">
  <h2 id="h-withdrawn">该信息已撤回</h2>
  <p role="status">本信息已于${formatDate(item.withdrawnOn)}撤回，不再公示。</p>
  <dl class="facts"><dt>撤回原因</dt><dd>${item.reason}</dd></dl>
  <p><a href="/publications">返回执法公示</a></p>
</section>`;
  const v = form?.values ?? {};
  return html`<h1>${item.title}</h1>
<section class="card" aria-labelledby="h-content">
  <h2 id="h-content">${KIND_NAMES[item.kind] ?? '公示信息'}</h2>
  ${bodyFacts(item.body)}
  <p class="muted">公示日期：${formatDate(item.publishedOn)}${item.publicUntil ? html`；公示期至${formatDate(item.publicUntil)}` : ''}${item.version > 1 ? html`；第${item.version}版（已更正）` : ''}。依规定隐去的个人信息以“*”或“［已隐去］”表示。</p>
</section>
${
  item.versions.length > 1
    ? html`<section class="card" aria-labelledby="h-history">
  <h2 id="h-history">更正记录</h2>
  <ol reversed>${item.versions.map(
    (x) =>
      html`<li>第${x.version}版，${formatDate(x.publishedAt.slice(0, 10))}发布${x.reason ? html`：${x.reason}` : '（首次公示）'}</li>`,
  )}</ol>
</section>`
    : ''
}
<section class="card" aria-labelledby="h-correct">
  <h2 id="h-correct">申请更正</h2>
  <p>认为本公示信息有误的，任何人都可以申请更正。我们将在10个工作日内核实并答复。</p>
  ${form?.error ? html`<p role="alert" class="error">${form.error}</p>` : ''}
  <form method="post" action="/publications/${item.publicId}/corrections" class="stacked">
    <p><label for="c-name">姓名或单位名称</label><br><input id="c-name" name="name" required maxlength="50" value="${v.name ?? ''}"></p>
    <p><label for="c-contact">联系方式（不公开）</label><br><input id="c-contact" name="contact" required maxlength="100" value="${v.contact ?? ''}"></p>
    <p><label for="c-content">需要更正的内容及理由</label><br><textarea id="c-content" name="content" required minlength="5" maxlength="2000" rows="5" cols="60">${v.content ?? ''}</textarea></p>
    <p><button type="submit">提交更正申请</button></p>
  </form>
  <p><a href="/publications/corrections">查询更正申请办理情况</a></p>
</section>`;
}

export function correctionFiledBody(ticket: string, title: string): Html {
  return html`<h1>更正申请已提交</h1>
<section class="card" aria-labelledby="h-ticket">
  <h2 id="h-ticket">请记下您的查询码</h2>
  <p role="status">关于“${title}”的更正申请已收到。查询码：<strong class="code">${ticket}</strong></p>
  <p>我们将在10个工作日内核实并答复，可凭查询码在<a href="/publications/corrections?ticket=${ticket}">更正申请查询</a>页面查看办理结果。</p>
</section>`;
}

const STATUS: Record<string, string> = {
  open: '办理中',
  accepted: '已采纳并更正',
  rejected: '经核实不予更正',
};

export function correctionStatusBody(
  ticket: string,
  found: {
    status: string;
    answer: string | null;
    filed_on: string;
    title: string;
    public_id: string | null;
    pubStatus: string;
  } | null,
): Html {
  return html`<h1>更正申请查询</h1>
<section class="card" aria-labelledby="h-query">
  <h2 id="h-query">查询条件</h2>
  <form class="inline" method="get" action="/publications/corrections">
    <label>查询码<input name="ticket" value="${ticket}" maxlength="20" required></label>
    <button type="submit">查询</button>
  </form>
</section>
${
  ticket
    ? found
      ? html`<section class="card" aria-labelledby="h-answer">
  <h2 id="h-answer">办理情况</h2>
  <dl class="facts">
    <dt>公示信息</dt><dd>${found.pubStatus === 'published' && found.public_id ? html`<a href="/publications/${found.public_id}">${found.title}</a>` : found.title}</dd>
    <dt>提交日期</dt><dd>${formatDate(String(found.filed_on))}</dd>
    <dt>状态</dt><dd>${STATUS[found.status] ?? found.status}</dd>
    <dt>答复意见</dt><dd>${found.answer ?? '尚未答复'}</dd>
  </dl>
</section>`
      : html`<section class="card"><p role="status">未找到该查询码对应的更正申请，请核对后重新输入。</p></section>`
    : ''
}`;
}
