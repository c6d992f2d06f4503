import QRCode from 'qrcode';
import type { ServiceWindow } from '../windows/schemas.js';
import type { BureauProfile } from './bureau-profile.js';
import { Html, html } from './html.js';

// P-08: 政务服务窗口岗位信息公示牌 — one printable page per window: the post and its duties, the matters
// handled, sample application materials (示范文本), the progress query (link and QR code to /progress),
// consultation, and complaint channels. Printed on A4 (publicity-reports.css, @media print).

export function windowListBody(windows: ServiceWindow[]): Html {
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<h1>窗口公示</h1>
<section class="card" aria-labelledby="h-windows">
  <h2 id="h-windows">政务服务窗口岗位信息公示牌</h2>
  <p class="muted">每个服务窗口的岗位职责、办理事项、申请材料示范文本、办理进度查询方式、咨询服务和投诉举报渠道。各公示牌可直接打印张贴。</p>
  ${
    windows.length === 0
      ? html`<div class="empty"><p>暂无公示的服务窗口。</p></div>`
      : html`<ul class="window-list">${windows.map(
          (w) =>
            html`<li><a href="/windows/${encodeURIComponent(w.code)}">${w.code}号窗口 · ${w.name}</a><span class="muted">（${w.post}，${w.location}）</span></li>`,
        )}</ul>`
  }
</section>`;
}

export async function windowBoardBody(
  w: ServiceWindow,
  profile: BureauProfile,
  origin: string,
): Promise<Html> {
  const progressUrl = `${origin}/progress`;
  const qr = await QRCode.toString(progressUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // The QR SVG is generated here from a fixed URL, not from stored text, so it is inserted as markup.
  const qrSvg = new Html(qr.replace('<svg ', '<svg role="img" aria-label="办理进度查询二维码" '));
  const complaints = [
    ...w.complaints,
    ...profile.complaints.filter((c) => !w.complaints.some((x) => x.channel === c.channel)),
  ];
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<p class="no-print"><a href="/windows">返回窗口列表</a> · 本页可直接打印（A4）</p>
<article class="board" aria-labelledby="h-board">
  <header class="board-head">
    <p class="board-org">${profile.name}</p>
    <h1 id="h-board">${w.code}号窗口 · ${w.name}</h1>
    <p class="board-meta">岗位：${w.post} ｜ 位置：${w.location} ｜ 办公时间：${w.hours}</p>
  </header>
  <section class="board-sec" aria-labelledby="h-duties">
    <h2 id="h-duties">岗位职责</h2>
    <ol>${w.duties.map((d) => html`<li>${d}</li>`)}</ol>
  </section>
  ${
    w.matters.length > 0
      ? html`<section class="board-sec" aria-labelledby="h-matters">
    <h2 id="h-matters">办理事项</h2>
    <ul>${w.matters.map((m) => html`<li>${m}</li>`)}</ul>
  </section>`
      : ''
  }
  <section class="board-sec" aria-labelledby="h-materials">
    <h2 id="h-materials">申请材料及示范文本</h2>
    ${
      w.materials.length === 0
        ? html`<p>本窗口办理的事项无需提交申请材料。</p>`
        : html`<table class="materials">
      <thead><tr><th scope="col">序号</th><th scope="col">材料名称</th><th scope="col">是否必需</th><th scope="col">示范文本（填写样例）</th></tr></thead>
      <tbody>${w.materials.map(
        (m, i) =>
          html`<tr><td>${i + 1}</td><td>${m.name}</td><td>${m.required ? '必需' : '视情提供'}</td><td class="sample">${m.sample || '—'}</td></tr>`,
      )}</tbody>
    </table>`
    }
  </section>
  <div class="board-cols">
    <section class="board-sec" aria-labelledby="h-progress">
      <h2 id="h-progress">办理进度查询</h2>
      <div class="qr-row">
        <figure class="qr">${qrSvg}<figcaption>扫码查询办理进度</figcaption></figure>
        <p>凭执法文书上印制的案件编号和查询码，登录本局行政执法公示平台查询：<br><a href="/progress">${progressUrl}</a></p>
      </div>
    </section>
    <section class="board-sec" aria-labelledby="h-consult">
      <h2 id="h-consult">咨询服务</h2>
      <p>咨询电话：<strong>${w.consultationPhone}</strong></p>
      ${w.consultationNote ? html`<p>${w.consultationNote}</p>` : ''}
    </section>
  </div>
  <section class="board-sec" aria-labelledby="h-complaints">
    <h2 id="h-complaints">投诉举报</h2>
    <ul>${complaints.map((c) => html`<li><strong>${c.channel}</strong>：${c.contact}</li>`)}</ul>
    <p class="muted">也可核验窗口工作人员的执法证件：<a href="/certificates">${origin}/certificates</a></p>
  </section>
</article>`;
}
