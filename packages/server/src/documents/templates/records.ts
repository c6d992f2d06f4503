import { textDateTime } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentBlock, DocumentContent, FieldCell } from '../document-model.js';
import { sayFor } from '../wording.js';
import { BLANK, base, blank, mainParty, officersText, p, pair, partyRows, wide } from './common.js';

// 笔录: a header grid (time, place, who), the opening the wording library prescribes, the account itself,
// the check-and-sign wording, and signature lines; every page carries a signature line and "第x页 共y页".

function timeRange(ctx: DocumentContext): string {
  const start = ctx.input.startedAt;
  const end = ctx.input.endedAt;
  if (!start) return '____年__月__日__时__分至__时__分';
  const endTime = end ? /[T ](\d{2}):(\d{2})/.exec(end) : null;
  return `${textDateTime(start)}至${endTime ? `${Number(endTime[1])}时${endTime[2]}分` : '__时__分'}`;
}

function headerRows(ctx: DocumentContext, who: string): FieldCell[][] {
  const recorder = ctx.officers[1] ?? ctx.officers[0];
  return [
    wide('时间', timeRange(ctx)),
    wide('地点', blank(ctx.input.place ?? ctx.case.place)),
    wide(who, officersText(ctx.officers)),
    pair('记录人', blank(recorder?.name), '在场人（见证人）', BLANK),
  ];
}

function qaBlocks(ctx: DocumentContext): DocumentBlock[] {
  const qa = ctx.input.qa ?? [];
  if (qa.length === 0) return [p(`问：${BLANK}`, { indent: false }), p(`答：${BLANK}`, { indent: false })];
  return qa.flatMap(({ q, a }) => [p(`问：${q}`, { indent: false }), p(`答：${a}`, { indent: false })]);
}

function closing(ctx: DocumentContext, who: string): DocumentBlock[] {
  return [
    p(sayFor(ctx, 'record-check')),
    {
      type: 'signatures',
      lines: [
        { label: `${who}核对意见（亲笔书写）：`, dated: false },
        { label: `${who}（签名）：` },
        { label: '执法人员（签名）：' },
        { label: '记录人（签名）：' },
      ],
    },
  ];
}

/** 现场检查(勘验)笔录 (行政处罚法 art. 55; evidence kind of art. 46 (八)). */
export function inspectionRecord(ctx: DocumentContext): DocumentContent {
  return base(ctx, 'inspection-record', 'record', {
    blocks: [
      { type: 'fields', rows: [...headerRows(ctx, '检查人员'), ...partyRows(mainParty(ctx))] },
      p(sayFor(ctx, 'recording-start', { activity: '现场检查' })),
      p(sayFor(ctx, 'inspection-opening')),
      p(sayFor(ctx, 'recusal-right')),
      p(`当事人：${ctx.input.qa?.[0]?.a ?? '不申请回避。'}`, { indent: false }),
      p(`现场检查情况：${ctx.input.findings?.trim() || `${ctx.case.summary}。${BLANK}`}`),
      ...closing(ctx, '当事人'),
    ],
  });
}

/** 询问笔录 (art. 55): the person questioned, the opening and rights, questions and answers. */
export function inquiryRecord(ctx: DocumentContext): DocumentContent {
  const party = mainParty(ctx);
  const interviewee = ctx.input.interviewee?.trim();
  const rows: FieldCell[][] = interviewee
    ? [wide('被询问人', interviewee)]
    : party
      ? partyRows(party).map((row) =>
          row.map((c) => (c.label === '当事人' ? { ...c, label: '被询问人' } : c)),
        )
      : [wide('被询问人', BLANK)];
  return base(ctx, 'inquiry-record', 'record', {
    blocks: [
      { type: 'fields', rows: [...headerRows(ctx, '询问人'), ...rows] },
      p(sayFor(ctx, 'inquiry-opening')),
      p(sayFor(ctx, 'recusal-right')),
      ...qaBlocks(ctx),
      ...closing(ctx, '被询问人'),
    ],
  });
}

/** 陈述申辩笔录 (arts. 44, 45): the party's statement and defence, heard and recorded for re-examination. */
export function statementRecord(ctx: DocumentContext): DocumentContent {
  const notice = ctx.issued['prior-notice'];
  return base(ctx, 'statement-record', 'record', {
    blocks: [
      { type: 'fields', rows: [...headerRows(ctx, '承办人'), ...partyRows(mainParty(ctx))] },
      p(
        sayFor(ctx, 'statement-opening', {
          document: notice?.number ? `《行政处罚事先告知书》（${notice.number}）` : '《行政处罚事先告知书》',
          date: notice ? textDateTime(notice.issuedOn) : undefined,
        }),
      ),
      ...(ctx.input.statement ? [p(`陈述申辩内容：${ctx.input.statement}`)] : []),
      ...qaBlocks(ctx),
      ...closing(ctx, '陈述申辩人'),
    ],
  });
}
