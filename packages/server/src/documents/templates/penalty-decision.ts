import { textDate } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentBlock, DocumentContent } from '../document-model.js';
import {
  articleTexts,
  base,
  evidenceParagraph,
  factsSentence,
  hasFine,
  heading,
  hearingRight,
  mainParty,
  p,
  partyParticulars,
  paymentParagraphs,
  penaltyBasisText,
  penaltyText,
  queryNote,
  remediesParagraph,
  signature,
  trimEnd,
  violatedText,
  you,
} from './common.js';

/**
 * 行政处罚决定书 (行政处罚法 art. 59): party and address; facts and evidence; the penalty and its basis;
 * how and by when to perform; reconsideration and lawsuit with their periods; the organ and the date;
 * the seal. The paragraphs are tagged with the element they carry (check-decision-elements.ts).
 */
export function penaltyDecision(ctx: DocumentContext): DocumentContent {
  const penalty = ctx.decided ?? ctx.proposed;
  const blocks: DocumentBlock[] = [
    p(partyParticulars(mainParty(ctx)), { indent: false, elements: ['party'] }),
    p(
      `${factsSentence(ctx)}${ctx.case.filedOn ? `本机关于${textDate(ctx.case.filedOn)}依法立案调查。` : ''}`,
      { elements: ['facts'] },
    ),
    evidenceParagraph(ctx),
    p(`${you(ctx)}的上述行为违反了${violatedText(ctx)}的规定。`, { elements: ['facts'] }),
    p(priorNoticeSentence(ctx)),
  ];
  if (penalty?.circumstances) blocks.push(p(`本机关认为，${trimEnd(penalty.circumstances)}。`));
  blocks.push(
    p(`依据${penaltyBasisText(ctx)}的规定，本机关决定对${you(ctx)}作出如下行政处罚：`, {
      elements: ['basis'],
    }),
    p(`${penaltyText(penalty)}。`, { elements: ['penalty'] }),
  );
  if (penalty?.measures) blocks.push(p(`同时，${trimEnd(penalty.measures)}。`));
  if (hasFine(penalty)) blocks.push(...paymentParagraphs(ctx, penalty));
  else
    blocks.push(
      p(`本决定自送达之日起生效，${you(ctx)}应当自收到本决定书之日起按本决定载明的内容履行。`, {
        elements: ['performance'],
      }),
    );
  blocks.push(remediesParagraph(ctx));
  const articles = [...(ctx.matter?.violated ?? []), ...(ctx.matter?.penaltyBases ?? [])];
  const appendix = articles.length ? [heading('附：相关法律条文'), ...articleTexts(articles)] : [];
  return base(ctx, 'penalty-decision', 'decision', {
    blocks,
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [
      ...queryNote(ctx),
      '本决定书一式三份，一份送达当事人，一份交收缴罚款机构，一份存档。依法应当公开的行政处罚决定将在作出之日起七个工作日内向社会公开。',
    ],
    appendix,
  });
}

/** Prior notice and the party's answer (arts. 44, 45, 62, 64), from what the case recorded. */
function priorNoticeSentence(ctx: DocumentContext): string {
  const notice = ctx.issued['prior-notice'];
  const rights = hearingRight(ctx) ? '陈述、申辩和要求听证' : '陈述、申辩';
  const told = notice
    ? `本机关于${textDate(notice.issuedOn)}作出《行政处罚事先告知书》${notice.number ? `（${notice.number}）` : ''}并依法送达${you(ctx)}，告知了拟作出行政处罚的内容及事实、理由、依据，以及${you(ctx)}依法享有的${rights}的权利。`
    : `本机关已依法向${you(ctx)}告知拟作出行政处罚的内容及事实、理由、依据，以及${you(ctx)}依法享有的${rights}的权利。`;
  const flags = ctx.case.flags;
  let answer: string;
  if (flags.hearing_held) answer = `本机关依${you(ctx)}的申请举行了听证，并根据听证笔录依法作出本决定。`;
  else if (ctx.input.statement?.trim())
    answer = `${you(ctx)}提出了陈述、申辩：${trimEnd(ctx.input.statement)}。本机关已依法复核。`;
  else if (flags.waived_statement) answer = `${you(ctx)}书面明确放弃陈述、申辩的权利。`;
  else answer = `${you(ctx)}在规定期限内未提出陈述、申辩。`;
  return told + answer;
}
