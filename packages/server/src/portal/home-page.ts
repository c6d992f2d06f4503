import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { BureauProfile } from './bureau-profile.js';
import { type Html, html } from './html.js';
import { latestPublicationsSection } from './publications-list-page.js';

/** 机关概况: the acting body, its duties, where to find it, and how to challenge what it does. */
export async function homeBody(db: Kysely<DB>, profile: BureauProfile): Promise<Html> {
  const units = await db
    .selectFrom('units')
    .select(['name', 'kind', 'address', 'phone', 'duties'])
    .where('kind', 'in', ['brigade', 'squad', 'township', 'centre'])
    .orderBy('sort')
    .execute();
  const latest = await latestPublicationsSection({ db });
  return html`
<h1>机关概况</h1>
${latest}
<div class="grid">
  <section class="card" aria-labelledby="h-body">
    <h2 id="h-body">执法主体</h2>
    <dl class="facts">
      <dt>机关名称</dt><dd>${profile.name}</dd>
      <dt>主体资格</dt><dd>${profile.legalBasis}</dd>
      <dt>办公地址</dt><dd>${profile.address}（邮编 ${profile.postcode}）</dd>
      <dt>联系电话</dt><dd><a href="tel:${profile.phone.replace(/[^0-9]/g, '')}">${profile.phone}</a></dd>
      <dt>办公时间</dt><dd>${profile.hours}</dd>
    </dl>
  </section>
  <section class="card" aria-labelledby="h-complaints">
    <h2 id="h-complaints">投诉举报与咨询</h2>
    <ul>
      ${profile.complaints.map((c) => html`<li><strong>${c.channel}</strong>：${c.contact}</li>`)}
    </ul>
  </section>
</div>
<section class="card" aria-labelledby="h-duties">
  <h2 id="h-duties">主要职责</h2>
  <ol>${profile.duties.map((d) => html`<li>${d}</li>`)}</ol>
</section>
<section class="card" aria-labelledby="h-remedies">
  <h2 id="h-remedies">救济渠道</h2>
  <p>对本机关作出的行政处罚、行政强制等决定不服的，可以依法申请行政复议或者提起行政诉讼。</p>
  <table>
    <caption class="muted" style="text-align:left">申请期限自知道或者应当知道该行政行为之日起计算</caption>
    <thead><tr><th scope="col">途径</th><th scope="col">受理机关</th><th scope="col">期限</th><th scope="col">地址</th></tr></thead>
    <tbody>
      ${profile.remedies.map((r) => html`<tr><td>${r.kind}</td><td>${r.body}</td><td>${r.deadline}</td><td>${r.address}</td></tr>`)}
    </tbody>
  </table>
</section>
<section class="card" aria-labelledby="h-units">
  <h2 id="h-units">执法机构</h2>
  <table>
    <thead><tr><th scope="col">机构</th><th scope="col">地址</th><th scope="col">电话</th><th scope="col">职责</th></tr></thead>
    <tbody>
      ${units.map((u) => html`<tr><td>${u.name}</td><td>${u.address}</td><td>${u.phone}</td><td>${u.duties}</td></tr>`)}
    </tbody>
  </table>
</section>`;
}
