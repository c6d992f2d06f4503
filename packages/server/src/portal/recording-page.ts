import {
  allStageRecordingRules,
  LAWS,
  PROCEDURES,
  RECORDING_LIST,
  RECORDING_PRACTICE,
  type RecordingListItem,
  type RecordKind,
} from '@sanxiang/core';
import { type Html, html } from './html.js';

// R-05 音像记录事项清单 on the portal: the acts recorded on audio and video from start to end (mandatory) and
// those the bureau's list asks to record (recommended), with their legal bases, then R-02's carriers per
// procedure stage. Everything comes from core (the same data the engine enforces), so the page cannot say
// something the system does not do.

const KIND: Record<RecordKind, string> = { text: '文字', photo: '照片', audio: '录音', video: '录像' };

function basis(item: RecordingListItem): string {
  return item.basis.map((b) => `《${LAWS[b.law].short}》第${b.articles.join('、')}条`).join('；');
}

function stages(item: RecordingListItem): string {
  return item.stages
    .map((s) => {
      const p = PROCEDURES[s.procedure];
      const st = p.stages.find((x) => x.code === s.stage);
      return `${p.name}·${st?.name ?? s.stage}`;
    })
    .join('；');
}

function listTable(level: 'mandatory' | 'recommended', caption: string): Html {
  const items = RECORDING_LIST.filter((i) => i.level === level);
  return html`<div class="table-wrap">
  <table class="list">
    <caption>${caption}（${items.length} 项）</caption>
    <thead><tr>
      <th scope="col">执法活动</th>
      <th scope="col">记录要求</th>
      <th scope="col">记录方式</th>
      <th scope="col">所在环节</th>
      <th scope="col">依据</th>
    </tr></thead>
    <tbody>
      ${items.map(
        (i) => html`<tr>
        <th scope="row">${i.name}</th>
        <td>${i.note}</td>
        <td class="nowrap">${i.records.map((k) => KIND[k]).join('、')}</td>
        <td>${stages(i)}</td>
        <td>${basis(i)}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`;
}

export function recordingBody(): Html {
  const byProcedure = Object.values(PROCEDURES).filter((p) => p.code !== 'legal-review');
  const rules = allStageRecordingRules();
  return html`
<h1>音像记录事项清单</h1>
<section class="card" aria-labelledby="h-mandatory">
  <h2 id="h-mandatory">应当全程音像记录的执法活动</h2>
  <p class="muted">直接涉及人身自由、生命健康、重大财产权益的现场执法活动，自开始至结束全程不间断录音录像。办案系统在这些环节结束前核对已关联的音像记录；确无记录的，须书面说明理由并经负责人批准，理由和批准意见记入案卷备考表。</p>
  ${listTable('mandatory', '应当全程音像记录')}
</section>
<section class="card" aria-labelledby="h-recommended">
  <h2 id="h-recommended">宜进行音像记录的执法活动</h2>
  ${listTable('recommended', '宜进行音像记录')}
</section>
<section class="card" aria-labelledby="h-practice">
  <h2 id="h-practice">音像记录规范</h2>
  <ol>${RECORDING_PRACTICE.map((p) => html`<li>${p.text}</li>`)}</ol>
</section>
<section class="card" aria-labelledby="h-stages">
  <h2 id="h-stages">各执法环节的记录形式</h2>
  <p class="muted">按行政处罚、行政强制、行政检查的程序，列明每个环节应当形成的记录载体。文字记录是基本形式，音像记录不能代替应当制作的文字记录。</p>
  ${byProcedure.map((p) => {
    const rows = rules.filter((r) => r.procedure === p.code && r.requiredRecords.length > 0);
    return html`<div class="table-wrap">
  <table class="list">
    <caption>${p.name}</caption>
    <thead><tr><th scope="col">环节</th><th scope="col">应当形成的记录</th><th scope="col">全程音像记录</th></tr></thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
        <th scope="row">${r.stageName}</th>
        <td>${r.requiredRecords.map((k) => KIND[k]).join('、')}</td>
        <td class="nowrap">${r.footageRequired ? '应当' : '—'}</td>
      </tr>`,
      )}
    </tbody>
  </table>
  </div>`;
  })}
  <p>另见：<a href="/flowcharts">执法流程图</a> · <a href="/rules">制度文件</a></p>
</section>`;
}
