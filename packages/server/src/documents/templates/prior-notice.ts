import { chineseNumber } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentBlock, DocumentContent } from '../document-model.js';
import {
  articleTexts,
  base,
  contactNote,
  evidenceList,
  factsSentence,
  heading,
  hearingReason,
  hearingRight,
  p,
  partyName,
  penaltyBasisText,
  penaltyText,
  queryNote,
  signature,
  trimEnd,
  violatedText,
  you,
} from './common.js';

/** The facts, the breach and the intended penalty: what arts. 44 and 62 require the party to be told. */
function intendedPenalty(ctx: DocumentContext): DocumentBlock[] {
  const penalty = ctx.proposed;
  const evidence = evidenceList(ctx);
  return [
    p(
      `${factsSentence(ctx)}${evidence.length ? `以上事实有${evidence.map((e) => trimEnd(e)).join('、')}等证据证明。` : ''}`,
    ),
    p(`${you(ctx)}的上述行为违反了${violatedText(ctx)}的规定。`),
    p(
      `依据${penaltyBasisText(ctx)}的规定${penalty?.circumstances ? `，鉴于${trimEnd(penalty.circumstances)}` : ''}，本机关拟对${you(ctx)}作出如下行政处罚：${penaltyText(penalty)}。${penalty?.measures ? `同时，${trimEnd(penalty.measures)}。` : ''}`,
    ),
  ];
}

function statementRight(ctx: DocumentContext): DocumentBlock {
  const days = chineseNumber(ctx.settings.statementDays);
  return p(
    `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，${you(ctx)}享有陈述、申辩的权利。${you(ctx)}可以自收到本告知书之日起${days}个工作日内，向本机关提出陈述、申辩，可以口头提出（由本机关制作笔录），也可以书面提出并提交相关证据；逾期未提出的，视为放弃陈述、申辩的权利。本机关将充分听取并复核${you(ctx)}提出的事实、理由和证据，不因${you(ctx)}的陈述、申辩而给予更重的处罚。`,
  );
}

function hearingParagraph(ctx: DocumentContext): DocumentBlock {
  return p(
    `本案${hearingReason(ctx)}，属于《中华人民共和国行政处罚法》第六十三条规定的情形，${you(ctx)}有权要求举行听证。要求听证的，应当自收到本告知书之日起五个工作日内向本机关提出；逾期未提出的，视为放弃听证的权利。本机关将在举行听证的七个工作日前通知${you(ctx)}听证的时间、地点。${you(ctx)}不承担组织听证的费用。`,
  );
}

function laterRemedies(ctx: DocumentContext): DocumentBlock {
  return p(
    `本机关作出行政处罚决定后，${you(ctx)}如不服，可以自收到行政处罚决定书之日起六十日内向${ctx.settings.reconsiderationBody}申请行政复议，也可以自收到行政处罚决定书之日起六个月内依法向${ctx.settings.court}提起行政诉讼。`,
  );
}

function appendix(ctx: DocumentContext): DocumentBlock[] {
  const articles = [...(ctx.matter?.violated ?? []), ...(ctx.matter?.penaltyBases ?? [])];
  return articles.length ? [heading('附：相关法律条文'), ...articleTexts(articles)] : [];
}

/** 行政处罚事先告知书 (行政处罚法 arts. 44, 45, 62; the hearing right of arts. 63, 64 where it applies). */
export function priorNotice(ctx: DocumentContext): DocumentContent {
  const blocks = [...intendedPenalty(ctx), statementRight(ctx)];
  if (hearingRight(ctx)) blocks.push(hearingParagraph(ctx));
  blocks.push(laterRemedies(ctx));
  return base(ctx, 'prior-notice', 'notice', {
    addressee: partyName(ctx),
    blocks,
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
    appendix: appendix(ctx),
  });
}

/** 听证告知书: the same notice where the hearing right is the point (arts. 63, 64). */
export function hearingNoticeOfRights(ctx: DocumentContext): DocumentContent {
  return base(ctx, 'hearing-notice-of-rights', 'notice', {
    addressee: partyName(ctx),
    blocks: [...intendedPenalty(ctx), hearingParagraph(ctx), statementRight(ctx), laterRemedies(ctx)],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
    appendix: appendix(ctx),
  });
}
