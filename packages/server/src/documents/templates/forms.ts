import { DOCUMENTS, type DocumentKind } from '@sanxiang/core';
import { textDate } from '../chinese-text.js';
import type { DocumentContext } from '../document-context.js';
import type { DocumentContent } from '../document-model.js';
import {
  approvalCell,
  BLANK,
  base,
  blank,
  cite,
  mainParty,
  officerNames,
  officersText,
  pair,
  partyName,
  partyRows,
  penaltyText,
  trimEnd,
  wide,
} from './common.js';

const SOURCES: Record<string, string> = {
  patrol: '巡查发现',
  complaint: '投诉举报',
  'hotline-12345': '12345热线转办',
  'digital-cityops': '数字城管派遣',
  transfer: '部门移送',
  inspection: '行政检查发现',
};

function matterName(ctx: DocumentContext): string {
  return blank(ctx.matter?.name?.replace(/^对/, '').replace(/的行政处罚$/, '') ?? null, ctx.case.summary);
}

/** 立案审批表 (art. 54): source, party, the suspected breach and its basis, the proposal, approvals. */
export function filingApproval(ctx: DocumentContext): DocumentContent {
  return base(ctx, 'filing-approval', 'form', {
    blocks: [
      {
        type: 'fields',
        rows: [
          pair('案件来源', SOURCES[ctx.case.source] ?? ctx.case.source, '案源编号', blank(ctx.case.sourceNo)),
          wide('案由', matterName(ctx)),
          ...partyRows(mainParty(ctx)),
          wide('违法地点', blank(ctx.case.place)),
          pair('发现时间', textDate(ctx.case.discoveredOn), '承办机构', ctx.case.unitName),
          wide('简要案情', `${trimEnd(ctx.input.facts ?? ctx.case.summary)}。`, 2),
          wide('涉嫌违反', ctx.matter?.violated.length ? cite(ctx.matter.violated) : BLANK),
          wide('承办人', officersText(ctx.officers)),
          approvalCell(
            '承办人意见',
            ctx.input.proposal ?? '经初步核实，当事人涉嫌违法，符合立案条件，建议立案调查。',
          ),
          approvalCell('承办机构负责人意见'),
          approvalCell('机关负责人审批意见'),
        ],
      },
    ],
  });
}

/** 结案审批表: what was decided and how it was carried out, with the approvals to close. */
export function closingApproval(ctx: DocumentContext): DocumentContent {
  const decision = ctx.issued['penalty-decision'] ?? ctx.issued['on-the-spot-decision'];
  return base(ctx, 'closing-approval', 'form', {
    blocks: [
      {
        type: 'fields',
        rows: [
          wide('案由', matterName(ctx)),
          ...partyRows(mainParty(ctx)),
          pair('立案日期', textDate(ctx.case.filedOn), '承办机构', ctx.case.unitName),
          wide('决定书文号', blank(decision?.number)),
          wide('处理决定', penaltyText(ctx.decided)),
          wide('执行情况', blank(ctx.input.outcome), 2),
          wide('承办人', officerNames(ctx.officers)),
          approvalCell('承办人意见', ctx.input.proposal ?? '本案已执行完毕，建议结案。'),
          approvalCell('承办机构负责人意见'),
          approvalCell('机关负责人审批意见'),
        ],
      },
    ],
  });
}

/** 送达回证 (民事诉讼法 arts. 87–90): what, to whom, where, how; the receipt, or the refusal and witness. */
export function serviceReceipt(ctx: DocumentContext): DocumentContent {
  const s = ctx.input.served;
  return base(ctx, 'service-receipt', 'form', {
    blocks: [
      {
        type: 'fields',
        rows: [
          wide('送达文书名称及文号', s ? `${s.title}${s.number ? `（${s.number}）` : ''}` : BLANK, 2),
          wide('受送达人', partyName(ctx)),
          wide('送达地点', blank(s?.place ?? mainParty(ctx)?.address)),
          wide('送达方式', blank(s?.method, '直接送达 / 留置送达 / 邮寄送达 / 电子送达（经当事人书面同意）')),
          [{ label: '受送达人签名', value: '', span: 3, lines: 2, sign: true }],
          wide('代收人及代收理由', '', 2),
          wide('拒收事由及见证人', '', 2),
          pair('送达人', officerNames(ctx.officers), '送达日期', '　　年　　月　　日'),
          wide(
            '备注',
            '受送达人不在场的，可以交其同住的成年家属签收；拒绝签收的，由送达人邀请见证人到场，记明拒收事由和日期，留置送达。',
          ),
        ],
      },
    ],
  });
}

/** 案卷封面、目录: one file per case (一案一卷), its particulars and the documents in order. */
export function fileCover(ctx: DocumentContext): DocumentContent {
  const contents = ctx.input.contents ?? [];
  return base(ctx, 'file-cover', 'form', {
    title: '行政处罚案卷',
    blocks: [
      {
        type: 'fields',
        rows: [
          wide('案由', matterName(ctx)),
          wide('当事人', partyName(ctx)),
          wide('案号', blank(ctx.case.caseNo)),
          wide('处罚决定书文号', blank(ctx.issued['penalty-decision']?.number)),
          pair(
            '立案日期',
            textDate(ctx.case.filedOn),
            '结案日期',
            ctx.input.outcome ? textDate(ctx.today) : BLANK,
          ),
          pair('承办机构', ctx.case.unitName, '承办人', officerNames(ctx.officers)),
          pair('归档日期', '　　年　　月　　日', '保管期限', '长期'),
        ],
      },
      { type: 'heading', text: '卷内文书目录' },
      {
        type: 'table',
        columns: [
          { title: '序号', width: 1.3 },
          { title: '文书名称', width: 4.8 },
          { title: '文号', width: 4.4 },
          { title: '日期', width: 3.6 },
          { title: '页数', width: 1.3 },
        ],
        rows: (contents.length ? contents : [{ title: '', number: null, date: null }]).map((c, i) => [
          contents.length ? String(i + 1) : '',
          c.title,
          c.number ?? '',
          c.date ? textDate(c.date) : '',
          c.pages ? String(c.pages) : '',
        ]),
      },
    ],
  });
}

/**
 * The documents without a template of their own (调查终结报告, 法制审核意见书, 集体讨论笔录, 审批表…):
 * the case's particulars and the account the officer writes, with the approvals. Enough to put the paper
 * on file; a dedicated template can replace it kind by kind.
 */
export function genericForm(kind: DocumentKind) {
  return (ctx: DocumentContext): DocumentContent =>
    base(ctx, kind, 'form', {
      title: DOCUMENTS[kind].name,
      blocks: [
        {
          type: 'fields',
          rows: [
            wide('案由', matterName(ctx)),
            ...partyRows(mainParty(ctx)),
            pair('承办机构', ctx.case.unitName, '承办人', officerNames(ctx.officers)),
            wide('事实与证据', `${trimEnd(ctx.input.facts ?? ctx.case.summary)}。`, 3),
            ...(ctx.proposed ? [wide('处理意见', penaltyText(ctx.proposed))] : []),
            wide('内容', blank(ctx.input.findings ?? ctx.input.proposal), 4),
            approvalCell('承办机构负责人意见'),
            approvalCell('机关负责人意见'),
          ],
        },
      ],
    });
}
