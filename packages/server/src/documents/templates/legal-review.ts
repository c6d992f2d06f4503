import { textDate } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentContent } from '../document-model.js';
import {
  BLANK,
  base,
  blank,
  mainParty,
  officerNames,
  p,
  pair,
  partyName,
  penaltyText,
  trimEnd,
  wide,
} from './common.js';

// The two papers of the legal review (L-04; DOMAIN.md "Legal review", "The standard document set"): the
// 法制审核意见书 the reviewer signs, with the seven review items, and the 重大案件集体讨论笔录 after a
// disagreement. Both filled from the review rounds (review/review-for-document.ts); before an opinion the
// cells stay blank for the hand.

function caseTitle(ctx: DocumentContext): string {
  return blank(ctx.matter?.name?.replace(/^对/, '').replace(/的行政处罚$/, '') ?? null, ctx.case.summary);
}

/** 法制审核意见书: what was sent, the route, the seven items with findings, the opinion and who gave it. */
export function legalReviewOpinion(ctx: DocumentContext): DocumentContent {
  const r = ctx.review ?? null;
  return base(ctx, 'legal-review-opinion', 'form', {
    blocks: [
      {
        type: 'fields',
        rows: [
          wide('案由', caseTitle(ctx)),
          wide('当事人', partyName(ctx)),
          pair('承办机构', ctx.case.unitName, '承办人', officerNames(ctx.officers)),
          pair('送审日期', r ? textDate(r.submittedOn) : BLANK, '审核轮次', r ? `第${r.round}次送审` : BLANK),
          wide('送审材料', r ? r.materials.join('、') : BLANK, 2),
          wide('拟处罚决定', penaltyText(ctx.proposed)),
          wide('处理建议', blank(r?.recommendation), 2),
          wide('审核级别', r ? `${r.levelName}（${r.route}）` : BLANK, 2),
        ],
      },
      {
        type: 'table',
        columns: [
          { title: '序号', width: 1.1 },
          { title: '审核内容', width: 5.2 },
          { title: '审核结论', width: 1.9 },
          { title: '意见', width: 3.8 },
        ],
        rows: (r?.items ?? []).map((i) => [String(i.no), i.name, i.finding || BLANK, i.comment || '—']),
      },
      {
        type: 'fields',
        rows: [
          [
            {
              label: '审核意见',
              value: r?.opinion ? `${r.opinion}。${r.opinionText ? `${trimEnd(r.opinionText)}。` : ''}` : '',
              span: 3,
              lines: 3,
            },
          ],
          pair('审核人员', blank(r?.reviewer), '法律职业资格证书编号', blank(r?.certificateNo)),
          pair('审核机构', blank(r?.levelName), '审核日期', r?.concludedOn ? textDate(r.concludedOn) : BLANK),
        ],
      },
      p(
        '审核意见为“退回补正”的，承办机构应当按意见补正后重新送审；为“不同意”的，提请机关负责人集体讨论决定。未经法制审核或者审核未通过的，不得作出处罚决定（《中华人民共和国行政处罚法》第五十八条）。',
        { indent: true },
      ),
    ],
  });
}

/** 重大案件集体讨论笔录: when, who, the reviewer's opinion, the discussion and what was decided. */
export function collectiveDiscussion(ctx: DocumentContext): DocumentContent {
  const r = ctx.review ?? null;
  const d = r?.discussion ?? null;
  const party = mainParty(ctx);
  return base(ctx, 'collective-discussion', 'form', {
    title: '重大案件集体讨论笔录',
    blocks: [
      {
        type: 'fields',
        rows: [
          pair('讨论时间', d ? textDate(d.heldOn) : BLANK, '地点', `${ctx.settings.organName}会议室`),
          pair('主持人', blank(d?.chair), '记录人', BLANK),
          wide('参加人员', d ? d.participants.join('、') : BLANK, 2),
          wide('案由', caseTitle(ctx)),
          wide('当事人', party ? party.name : BLANK),
          wide('拟处罚决定', penaltyText(ctx.proposed)),
        ],
      },
      p(
        `法制审核意见：${r ? `${r.levelName}于${r.concludedOn ? textDate(r.concludedOn) : BLANK}出具审核意见“${r.opinion ?? ''}”。${r.opinionText ? `${trimEnd(r.opinionText)}。` : ''}` : BLANK}`,
      ),
      ...(r?.items
        .filter((i) => i.finding === '存在问题')
        .map((i) => p(`${i.name}：${trimEnd(i.comment)}。`)) ?? []),
      p(`讨论情况：${d ? `${trimEnd(d.summary)}。` : BLANK}`),
      p(`讨论决定：${d ? `${d.conclusion}。` : BLANK}`),
      {
        type: 'signatures',
        lines: [
          { label: '主持人（签名）：' },
          { label: '参加人员（签名）：' },
          { label: '记录人（签名）：' },
        ],
      },
    ],
  });
}
