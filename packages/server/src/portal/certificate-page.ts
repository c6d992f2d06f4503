import type { PublicCertificate } from '../certificates/public-certificate.js';
import { type Html, html } from './html.js';

// P-07: 执法证件查询 on the portal. The same lookup as GET /api/v1/public/certificates, as a plain form,
// and the page a certificate's QR code opens. Shows what the public may know and nothing else.

const STATUS: Record<PublicCertificate['status'], { label: string; note: string }> = {
  valid: { label: '有效', note: '该执法证在有效期内，持证人可以从事证件载明范围内的执法活动。' },
  expired: { label: '已过期', note: '该执法证已超过有效期，持证人不得凭此证从事执法活动。' },
  revoked: { label: '已注销', note: '该执法证已被注销，持证人不得凭此证从事执法活动。' },
};

export const CERT_NOT_FOUND =
  '未查询到该执法证。请核对证号；如对执法人员身份有疑问，请拨打本局投诉举报电话核实。';

export function certificateResult(c: PublicCertificate): Html {
  const s = STATUS[c.status];
  return html`<div class="result cert cert-${c.status}" role="status" aria-live="polite">
  <p class="cert-status"><span class="badge badge-${c.status}">${s.label}</span> ${s.note}</p>
  <dl class="facts">
    <dt>执法证号</dt><dd class="cert-number">${c.number}</dd>
    <dt>姓名</dt><dd class="cert-name">${c.name}</dd>
    <dt>执法单位</dt><dd>${c.unit}</dd>
    <dt>执法区域和类别</dt><dd>${c.scope}</dd>
    <dt>发证机关</dt><dd>${c.issuer}</dd>
    <dt>有效期</dt><dd>${c.validFrom} 至 ${c.validTo}</dd>
    ${c.revokedOn ? html`<dt>注销日期</dt><dd>${c.revokedOn}</dd>` : ''}
    <dt>证件状态</dt><dd class="cert-state">${s.label}</dd>
  </dl>
</div>`;
}

export function certificateLookupBody(number: string, result: PublicCertificate | null | undefined): Html {
  const asked = result !== undefined;
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<h1>执法证件查询</h1>
<section class="card" aria-labelledby="h-cert">
  <h2 id="h-cert">核验执法人员的行政执法证</h2>
  <p class="muted">执法人员执行公务时应当主动出示执法证件。您可以输入证件上的执法证号，或用手机扫描证件上的二维码，核验证件是否真实有效。查询结果只显示姓名、执法单位、执法范围和有效期。</p>
  <form class="inline progress-form" method="get" action="/certificates">
    <div class="field">
      <label for="number">执法证号</label>
      <input id="number" name="number" type="text" maxlength="40" required autocomplete="off" aria-describedby="number-hint" value="${number}">
      <span class="hint" id="number-hint">见执法证正面“证号”一栏</span>
    </div>
    <button type="submit">查询</button>
  </form>
  ${asked ? (result ? certificateResult(result) : html`<div class="error" role="alert">${CERT_NOT_FOUND}</div>`) : ''}
</section>`;
}

/** The page a QR code opens: the certificate alone, with the way to look up another. */
export function certificateTokenBody(result: PublicCertificate | null): Html {
  return html`
<link rel="stylesheet" href="/portal/publicity-reports.css">
<h1>执法证件核验结果</h1>
<section class="card" aria-labelledby="h-cert">
  <h2 id="h-cert">扫码核验</h2>
  ${result ? certificateResult(result) : html`<div class="error" role="alert">${CERT_NOT_FOUND}</div>`}
  <p><a href="/certificates">按执法证号查询其他证件</a></p>
</section>`;
}
