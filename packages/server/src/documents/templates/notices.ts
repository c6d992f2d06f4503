import { chineseNumber, fineText, textDate, textDateTime } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentContent } from '../document-model.js';
import {
  BLANK,
  base,
  blank,
  contactNote,
  factsSentence,
  officersText,
  p,
  partyName,
  penaltyBasisText,
  queryNote,
  remediesParagraph,
  signature,
  trimEnd,
  violatedText,
  you,
} from './common.js';

/** 责令(限期)改正通知书: the breach, its basis, what to do by when; the right to state and the remedies. */
export function rectificationNotice(ctx: DocumentContext): DocumentContent {
  const requirement = ctx.input.rectifyRequirement?.trim() || ctx.proposed?.measures?.trim() || BLANK;
  return base(ctx, 'rectification-notice', 'notice', {
    addressee: partyName(ctx),
    blocks: [
      p(factsSentence(ctx)),
      p(`${you(ctx)}的上述行为违反了${violatedText(ctx)}的规定。`),
      p(
        `依据${penaltyBasisText(ctx)}的规定，现责令${you(ctx)}于${textDate(ctx.input.rectifyBy)}前改正上述违法行为，改正要求：${trimEnd(requirement)}。`,
      ),
      p(
        `逾期不改正的，本机关将依法予以处理。${you(ctx)}对本通知有异议的，可以自收到本通知书之日起${chineseNumber(ctx.settings.statementDays)}个工作日内向本机关提出陈述、申辩。`,
      ),
      remediesParagraph(ctx, '本通知', '本通知书'),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
  });
}

/** 听证通知书 (行政处罚法 art. 64): time and place at least 7 working days ahead, the chair, the rights. */
export function hearingNotice(ctx: DocumentContext): DocumentContent {
  const h = ctx.input.hearing;
  const open = h?.public !== false;
  return base(ctx, 'hearing-notice', 'notice', {
    addressee: partyName(ctx),
    blocks: [
      p(
        `根据${you(ctx)}提出的听证申请，依照《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，本机关决定就${trimEnd(ctx.matter?.name ?? ctx.case.summary)}一案举行听证。现将有关事项通知如下：`,
      ),
      p(`一、听证时间：${h ? textDateTime(h.at) : BLANK}。`),
      p(`二、听证地点：${blank(h?.place)}。`),
      p(
        `三、听证主持人：${blank(h?.chair)}；书记员：${blank(h?.clerk)}。听证${open ? '公开举行' : '因涉及国家秘密、商业秘密或者个人隐私不公开举行'}。`,
      ),
      p(`四、${you(ctx)}认为主持人、书记员与本案有直接利害关系的，有权在听证开始前申请回避，并说明理由。`),
      p(
        `五、${you(ctx)}可以亲自参加听证，也可以委托一至二人代理；委托代理人的，应当在听证开始前提交授权委托书。${mainPartyIsOrganisation(ctx) ? '法定代表人参加的，应当提交身份证明。' : '请携带本人身份证件。'}`,
      ),
      p(
        `六、${you(ctx)}可以在听证中进行申辩和质证，并可以提交证据、申请证人出席作证。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关将终止听证。`,
      ),
      p(`七、听证由本案非调查人员主持，本案调查人员为：${officersText(ctx.officers)}。`),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
  });
}

function mainPartyIsOrganisation(ctx: DocumentContext): boolean {
  return ctx.parties[0]?.kind === 'organisation';
}

/** 催告书 (行政强制法 art. 35): the time and way to perform, the sum and how to pay it, the right to state. */
export function demandNotice(ctx: DocumentContext): DocumentContent {
  const decision = ctx.issued['penalty-decision'];
  const d = ctx.input.demand;
  const fine = ctx.decided?.fine ?? null;
  const amount = d?.amount ?? fine;
  const surcharge = d?.surcharge ?? 0;
  const sum =
    amount != null
      ? `罚款${fineText(amount)}${surcharge ? `，加处罚款${fineText(surcharge)}（按罚款数额的百分之三按日计算，不超过罚款数额），合计${fineText(amount + surcharge)}` : ''}`
      : BLANK;
  return base(ctx, 'demand-notice', 'notice', {
    addressee: partyName(ctx),
    blocks: [
      p(
        `本机关于${decision ? textDate(decision.issuedOn) : BLANK}对${you(ctx)}作出${decision?.number ? `《行政处罚决定书》（${decision.number}）` : '行政处罚决定'}，该决定已依法送达。${you(ctx)}在决定书规定的期限内未履行${d?.duty ? `以下义务：${trimEnd(d.duty)}` : '决定'}。`,
      ),
      p(
        `依照《中华人民共和国行政强制法》第三十五条、第四十五条及《中华人民共和国行政处罚法》第七十二条的规定，现催告${you(ctx)}于${textDate(d?.by)}前履行上述义务。应缴金额：${sum}；缴纳方式：${ctx.settings.payment}。`,
        { elements: ['performance'] },
      ),
      p(
        `${you(ctx)}有权进行陈述和申辩（《中华人民共和国行政强制法》第三十六条），可以自收到本催告书之日起${chineseNumber(ctx.settings.statementDays)}个工作日内向本机关提出；本机关将充分听取并记录、复核${you(ctx)}的意见。`,
      ),
      p(
        `逾期仍不履行且无正当理由的，本机关将依照《中华人民共和国行政强制法》第五十三条、第五十四条的规定申请人民法院强制执行。`,
      ),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
  });
}
