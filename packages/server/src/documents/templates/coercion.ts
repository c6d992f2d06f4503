import { textDate } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentBlock, DocumentContent } from '../document-model.js';
import {
  BLANK,
  base,
  blank,
  cite,
  contactNote,
  factsSentence,
  mainParty,
  p,
  partyName,
  partyParticulars,
  queryNote,
  remediesParagraph,
  signature,
  trimEnd,
  violatedText,
  you,
} from './common.js';

const COERCION_LAW = '《中华人民共和国行政强制法》';

/** The articles a coercive measure rests on: the matter's procedural bases, else the coercion law itself. */
function measureBasis(ctx: DocumentContext, fallback: string): string {
  const arts = ctx.matter?.procedureBases ?? [];
  return arts.length ? `${cite(arts)}及${COERCION_LAW}${fallback}` : `${COERCION_LAW}${fallback}`;
}

function itemsTable(ctx: DocumentContext): DocumentBlock {
  const items = ctx.input.items ?? [];
  return {
    type: 'table',
    columns: [
      { title: '序号', width: 1.3 },
      { title: '名称', width: 4 },
      { title: '规格（型号）', width: 3 },
      { title: '数量', width: 1.5 },
      { title: '单位', width: 1.2 },
      { title: '备注', width: 2.5 },
    ],
    rows: (items.length ? items : [{ name: '', quantity: '', unit: '' }]).map((it, i) => [
      items.length ? String(i + 1) : '',
      it.name,
      'spec' in it ? (it.spec ?? '') : '',
      it.quantity,
      it.unit,
      'note' in it ? (it.note ?? '') : '',
    ]),
    elements: ['items'],
  };
}

/**
 * 查封(扣押)决定书 (行政强制法 art. 24): party and address; reason, basis and period; the places, things
 * and quantities (the inventory); reconsideration and lawsuit; the organ, seal and date. At most 30 days,
 * extendable once by 30 with approval (art. 25).
 */
export function seizureDecision(ctx: DocumentContext): DocumentContent {
  const s = ctx.input.seizure;
  const measure = s?.measure ?? '查封（扣押）';
  const items = ctx.input.items ?? [];
  return base(ctx, 'seizure-decision', 'decision', {
    title: s ? `${s.measure}决定书` : '查封（扣押）决定书',
    blocks: [
      p(partyParticulars(mainParty(ctx)), { indent: false, elements: ['party'] }),
      p(`${factsSentence(ctx)}该行为涉嫌违反${violatedText(ctx)}的规定。`, { elements: ['reason'] }),
      p(
        `为制止违法行为、防止证据损毁，经本机关负责人批准，依据${measureBasis(ctx, '第九条、第十八条、第二十四条')}的规定，本机关决定对${you(ctx)}的下列场所、设施或者财物实施${measure}（详见${measure}清单）：${items.length ? items.map((i) => `${i.name}${i.quantity}${i.unit}`).join('、') : BLANK}。`,
        { elements: ['basis', 'items'] },
      ),
      p(
        `${measure}期限自${textDate(s?.from)}起至${textDate(s?.to)}止，不超过三十日；情况复杂需要延长的，经本机关负责人批准可以延长，但延长期限不超过三十日，延长决定将书面告知${you(ctx)}。需要检测、检验、检疫或者技术鉴定的，其期间不计入${measure}期限，并将书面告知${you(ctx)}。${measure}物品存放地点：${blank(s?.custody)}。`,
        { elements: ['period'] },
      ),
      p(
        `${measure}期间，${you(ctx)}不得擅自启封、转移、隐匿、损毁、变卖被${measure}的财物。本机关将妥善保管被${measure}的财物，不得使用或者损毁，保管费用由本机关承担。`,
      ),
      p(`${you(ctx)}有权进行陈述和申辩，可以当场提出，也可以自收到本决定书之日起三个工作日内向本机关提出。`),
      remediesParagraph(ctx),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [
      `本决定书附${measure}清单一式二份，由当事人和本机关分别保存。`,
      contactNote(ctx),
      ...queryNote(ctx),
    ],
  });
}

/** 查封(扣押)清单: in two copies, one for the party (art. 24), signed by both sides and a witness. */
export function seizureInventory(ctx: DocumentContext): DocumentContent {
  const decision = ctx.issued['seizure-decision'];
  const measure = ctx.input.seizure?.measure ?? '查封（扣押）';
  return base(ctx, 'seizure-inventory', 'form', {
    title: `${measure}清单`,
    blocks: [
      p(
        `当事人：${partyName(ctx)}　　依据：${decision?.number ? `《${measure}决定书》（${decision.number}）` : `${measure}决定书`}　　地点：${blank(ctx.input.place ?? ctx.case.place)}`,
        { indent: false },
      ),
      itemsTable(ctx),
      p('以上物品经当事人和执法人员当场清点核对无误。本清单一式二份，当事人和本机关各执一份。', {
        indent: false,
      }),
      {
        type: 'signatures',
        lines: [
          { label: '当事人（签名）：' },
          { label: '执法人员（签名）：' },
          { label: '见证人（签名）：' },
          { label: '当事人拒绝签名的情况：', dated: false },
        ],
      },
    ],
    signature: signature(ctx),
  });
}

/** 限期拆除通知书 (城乡规划法 arts. 64, 68; 行政强制法 art. 44): the structure, the breach, the deadline. */
export function demolitionDeadlineNotice(ctx: DocumentContext): DocumentContent {
  return base(ctx, 'demolition-deadline-notice', 'notice', {
    addressee: partyName(ctx),
    blocks: [
      p(
        `${factsSentence(ctx)}${ctx.input.structure ? `涉案建（构）筑物：${trimEnd(ctx.input.structure)}${ctx.input.area ? `，面积约${ctx.input.area}` : ''}。` : ''}`,
      ),
      p(`${you(ctx)}的上述行为违反了${violatedText(ctx)}的规定。`),
      p(
        `依据${ctx.matter?.penaltyBases.length ? cite(ctx.matter.penaltyBases) : `《${BLANK}》第${BLANK}条`}的规定，本机关责令${you(ctx)}于${textDate(ctx.input.demolishBy)}前自行拆除上述违法建（构）筑物，恢复原状。`,
      ),
      p(
        `${you(ctx)}逾期不拆除，又在法定期限内不申请行政复议或者提起行政诉讼的，本机关将依照《中华人民共和国行政强制法》第四十四条的规定予以公告，并依法强制拆除，由此产生的费用和损失由${you(ctx)}承担。`,
      ),
      p(
        `${you(ctx)}有权进行陈述和申辩，可以自收到本通知书之日起${ctx.settings.statementDays}个工作日内向本机关提出。`,
      ),
      remediesParagraph(ctx, '本通知', '本通知书'),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
  });
}

/** 强制拆除公告 (行政强制法 art. 44): public notice of the deadline to demolish before forced demolition. */
export function demolitionAnnouncement(ctx: DocumentContext): DocumentContent {
  const notice = ctx.issued['demolition-deadline-notice'];
  return base(ctx, 'demolition-announcement', 'notice', {
    blocks: [
      p(
        `${partyName(ctx)}在${ctx.case.place || BLANK}建设的${trimEnd(ctx.input.structure ?? ctx.case.summary)}${ctx.input.area ? `（面积约${ctx.input.area}）` : ''}，违反了${violatedText(ctx)}的规定，属于违法建设。本机关${notice ? `于${textDate(notice.issuedOn)}` : '已'}依法作出${notice?.number ? `《限期拆除通知书》（${notice.number}）` : '限期拆除决定'}，当事人在法定期限内未申请行政复议或者提起行政诉讼，又未自行拆除。`,
        { elements: ['reason'] },
      ),
      p(
        `依照《中华人民共和国行政强制法》第四十四条的规定，现予公告：限当事人于${textDate(ctx.input.demolishBy)}前自行拆除上述违法建设；逾期未拆除的，本机关将于${textDate(ctx.input.enforcementOn)}起依法实施强制拆除，由此产生的费用和损失由当事人承担。`,
        { elements: ['basis', 'performance'] },
      ),
      p('强制拆除不在夜间或者法定节假日实施（《中华人民共和国行政强制法》第四十三条）。特此公告。'),
    ],
    signature: signature(ctx),
    notes: [contactNote(ctx)],
  });
}

/** 强制拆除决定书 (行政强制法 art. 37): party, reason and basis, way and time, remedies, organ, seal, date. */
export function demolitionDecision(ctx: DocumentContext): DocumentContent {
  const notice = ctx.issued['demolition-deadline-notice'];
  const demand = ctx.issued['demand-notice'];
  return base(ctx, 'demolition-decision', 'decision', {
    blocks: [
      p(partyParticulars(mainParty(ctx)), { indent: false, elements: ['party'] }),
      p(
        `${you(ctx)}在${ctx.case.place || BLANK}建设的${trimEnd(ctx.input.structure ?? ctx.case.summary)}违反了${violatedText(ctx)}的规定。本机关${notice?.number ? `以《限期拆除通知书》（${notice.number}）` : '已'}责令${you(ctx)}限期拆除${demand?.number ? `，并以《催告书》（${demand.number}）催告履行` : ''}，${you(ctx)}逾期仍未拆除且无正当理由。`,
        { elements: ['reason'] },
      ),
      p(
        `依照《中华人民共和国城乡规划法》第六十八条和《中华人民共和国行政强制法》第三十七条、第四十四条的规定，本机关决定于${textDate(ctx.input.enforcementOn)}对上述违法建设实施强制拆除。强制拆除不在夜间或者法定节假日实施。`,
        { elements: ['basis', 'performance'] },
      ),
      remediesParagraph(ctx),
    ],
    signature: signature(ctx),
    queryCode: ctx.case.queryCode,
    notes: [contactNote(ctx), ...queryNote(ctx)],
  });
}
