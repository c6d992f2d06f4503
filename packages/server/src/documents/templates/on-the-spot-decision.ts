import { textDate } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentContent } from '../document-model.js';
import {
  base,
  hasFine,
  mainParty,
  officersText,
  p,
  partyParticulars,
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
 * 当场行政处罚决定书 (行政处罚法 art. 52): the conduct, the kind and basis of the penalty, the fine, time
 * and place, the remedies and the organ, signed by the officers and handed over on the spot; refusal to
 * sign is noted on it. A fine of up to 100 yuan may be collected on the spot against an official receipt
 * (arts. 68, 70); otherwise it is paid at the bank within 15 days (art. 67).
 */
export function onTheSpotDecision(ctx: DocumentContext): DocumentContent {
  const penalty = ctx.decided ?? ctx.proposed;
  const fine = hasFine(penalty) ? penalty.fine : null;
  const performance =
    fine === null
      ? `本决定当场宣告并交付${you(ctx)}，自交付之日起生效。`
      : fine <= 100
        ? `${you(ctx)}可以当场缴纳罚款，执法人员应当出具财政部门统一制发的专用票据；未当场缴纳的，应当自收到本决定书之日起十五日内缴纳罚款，缴纳方式：${ctx.settings.payment}。`
        : `${you(ctx)}应当自收到本决定书之日起十五日内缴纳罚款，缴纳方式：${ctx.settings.payment}。到期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`;
  return base(ctx, 'on-the-spot-decision', 'decision', {
    blocks: [
      p(partyParticulars(mainParty(ctx)), { indent: false, elements: ['party'] }),
      p(
        `${ctx.case.occurredOn ? textDate(ctx.case.occurredOn) : '____年__月__日'}，${you(ctx)}在${ctx.case.place || '__________'}${trimEnd(ctx.input.facts ?? ctx.case.summary)}，违反了${violatedText(ctx)}的规定。以上事实有执法人员现场检查、${you(ctx)}的陈述等证据证实，事实确凿。`,
        { elements: ['facts', 'time-place'] },
      ),
      p(
        `执法人员已向${you(ctx)}出示执法证件，告知了作出行政处罚的事实、理由和依据，并听取了${you(ctx)}的陈述和申辩。依据${penaltyBasisText(ctx)}的规定，当场决定对${you(ctx)}作出如下行政处罚：${penaltyText(penalty)}。`,
        { elements: ['basis', 'penalty'] },
      ),
      p(performance, { elements: ['performance'] }),
      remediesParagraph(ctx),
      p(`执法人员：${officersText(ctx.officers)}。`, { elements: ['officers'] }),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: ['本决定书应当报所属行政机关备案。', ...queryNote(ctx)],
    appendix: [
      {
        type: 'signatures',
        lines: [
          { label: '执法人员（签名）：' },
          { label: '当事人（签收）：' },
          { label: '当事人拒绝签收的，由执法人员注明：', dated: false },
        ],
      },
    ],
  });
}
