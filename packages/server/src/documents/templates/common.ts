import { DOCUMENTS, type DocumentKind } from '@sanxiang/core';
import { capitalYuan, fineText, textDate } from '../chinese-text.js';
import type {
  CitedArticle,
  DocumentContext,
  DocumentOfficer,
  DocumentParty,
  DocumentPenalty,
} from '../document-context.js';
import type {
  DecisionElement,
  DocumentBlock,
  DocumentContent,
  DocumentLayout,
  FieldCell,
  ParagraphBlock,
} from '../document-model.js';
import { isNumberedKind } from '../document-numbers.js';

// Pieces every template shares: how a party, a legal basis, a penalty, the rights and the remedies are
// written. Missing data prints as a blank line to fill by hand, never as "undefined"; the decision checker
// reports what a decision still lacks.

export const BLANK = '__________';

/** Drops the full stop or semicolon a phrase ends with, so it can be set inside a sentence. */
export function trimEnd(text: string): string {
  return text.trim().replace(/[。；;.，,]+$/, '');
}

export function blank(value: string | null | undefined, width = BLANK): string {
  const v = value?.trim();
  return v ? v : width;
}

export function p(text: string, options: Omit<ParagraphBlock, 'type' | 'text'> = {}): ParagraphBlock {
  return { type: 'paragraph', text, ...options };
}

export function heading(text: string): DocumentBlock {
  return { type: 'heading', text };
}

/** Core's names use ASCII brackets (现场检查(勘验)笔录); a printed title uses full-width ones. */
export function officialTitle(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）');
}

export function base(
  ctx: DocumentContext,
  kind: DocumentKind,
  layout: DocumentLayout,
  rest: Partial<DocumentContent> & Pick<DocumentContent, 'blocks'>,
): DocumentContent {
  return {
    kind,
    layout,
    organ: ctx.settings.organName,
    title: officialTitle(DOCUMENTS[kind].name),
    numbered: isNumberedKind(kind),
    number: null,
    caseNo: ctx.case.caseNo,
    queryCode: null,
    addressee: null,
    signature: null,
    notes: [],
    ...rest,
  };
}

/** How a document addresses its party: 你 to a person, 你单位 to an organisation. */
export function you(ctx: DocumentContext): string {
  return mainParty(ctx)?.kind === 'organisation' ? '你单位' : '你';
}

/** The party a document is addressed to: the first one recorded. */
export function mainParty(ctx: DocumentContext): DocumentParty | null {
  return ctx.parties[0] ?? null;
}

export function partyName(ctx: DocumentContext): string {
  return blank(mainParty(ctx)?.name);
}

/** 当事人：张三，男，公民身份号码…，住址… — the identification a decision opens with (art. 59 (一)). */
export function partyParticulars(party: DocumentParty | null): string {
  if (!party) return `当事人：${BLANK}，地址：${BLANK}。`;
  if (party.kind === 'organisation') {
    const parts = [`当事人：${party.name}`];
    parts.push(`统一社会信用代码：${blank(party.creditCode)}`);
    parts.push(`法定代表人（负责人）：${blank(party.legalRepresentative)}`);
    parts.push(`地址：${blank(party.address)}`);
    if (party.phone) parts.push(`联系电话：${party.phone}`);
    return `${parts.join('，')}。`;
  }
  const parts = [`当事人：${party.name}`];
  if (party.gender) parts.push(party.gender);
  if (party.birthDate) parts.push(`${textDate(party.birthDate)}出生`);
  parts.push(`公民身份号码：${blank(party.idNumber)}`);
  parts.push(`住址：${blank(party.address)}`);
  if (party.phone) parts.push(`联系电话：${party.phone}`);
  return `${parts.join('，')}。`;
}

/** 《城市道路管理条例》第二十七条、第四十二条 — cited articles grouped by law, in the order given. */
export function cite(articles: readonly CitedArticle[]): string {
  const byLaw = new Map<string, string[]>();
  for (const a of articles) {
    const list = byLaw.get(a.lawTitle) ?? [];
    list.push(a.label);
    byLaw.set(a.lawTitle, list);
  }
  return [...byLaw].map(([law, labels]) => `《${law}》${labels.join('、')}`).join('、');
}

/** The texts of the cited articles, for the appendix of a notice or decision. */
export function articleTexts(articles: readonly CitedArticle[]): DocumentBlock[] {
  const seen = new Set<string>();
  const out: DocumentBlock[] = [];
  for (const a of articles) {
    const key = `${a.lawTitle}${a.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The library keeps an article's paragraphs on separate lines; one paragraph each here too.
    const [first, ...more] = a.text
      .replace(/^第[^条]+条\s*/, '')
      .split(/\n+/)
      .filter(Boolean);
    out.push(p(`《${a.lawTitle}》${a.label}　${first ?? ''}`));
    for (const line of more) out.push(p(line));
  }
  return out;
}

export function violatedText(ctx: DocumentContext): string {
  const arts = ctx.matter?.violated ?? [];
  return arts.length ? cite(arts) : `《${BLANK}》第${BLANK}条`;
}

export function penaltyBasisText(ctx: DocumentContext): string {
  const arts = ctx.matter?.penaltyBases ?? [];
  return arts.length ? cite(arts) : `《${BLANK}》第${BLANK}条`;
}

/** 罚款人民币伍仟元整（¥5,000.00）；没收… — each kind with its measure. */
export function penaltyText(penalty: DocumentPenalty | null): string {
  if (!penalty || penalty.kinds.length === 0) return BLANK;
  const parts: string[] = [];
  for (const kind of penalty.kinds) {
    if (kind === '罚款')
      parts.push(penalty.fine != null ? `罚款${fineText(penalty.fine)}` : `罚款${BLANK}元`);
    else if (kind.startsWith('没收') && penalty.confiscation) parts.push(`${kind}：${penalty.confiscation}`);
    else parts.push(kind);
  }
  return parts.join('；');
}

export function hasFine(penalty: DocumentPenalty | null): penalty is DocumentPenalty & { fine: number } {
  return !!penalty && penalty.kinds.includes('罚款') && penalty.fine != null && penalty.fine > 0;
}

const HEARING_KINDS = [
  '降低资质等级',
  '吊销许可证件',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '限制开展生产经营活动',
];

/**
 * Whether the party has the right to ask for a hearing (行政处罚法 art. 63): a large fine (the local line
 * for the party's type), a licence or qualification taken, closure or suspension, or the case flagged by
 * the engine. When nothing is proposed yet, the matter's own marking decides.
 */
export function hearingRight(ctx: DocumentContext, penalty = ctx.proposed): boolean {
  if (ctx.case.flags.hearing_right) return true;
  if (!penalty || penalty.kinds.length === 0) return ctx.matter?.hearingApplicable ?? false;
  if (penalty.kinds.some((k) => HEARING_KINDS.includes(k))) return true;
  if (penalty.confiscation && ctx.matter?.hearingApplicable) return true;
  const party = mainParty(ctx);
  const line =
    party?.kind === 'organisation'
      ? ctx.settings.hearingFineThreshold.organisation
      : ctx.settings.hearingFineThreshold.person;
  return hasFine(penalty) && penalty.fine > line;
}

/** Why the hearing right applies, as the notice states it (art. 63 (一)–(六)). */
export function hearingReason(ctx: DocumentContext, penalty = ctx.proposed): string {
  const heavy = penalty?.kinds.filter((k) => HEARING_KINDS.includes(k)) ?? [];
  if (heavy.length) return `拟作出${heavy.join('、')}的行政处罚`;
  if (hasFine(penalty)) {
    const organisation = mainParty(ctx)?.kind === 'organisation';
    const line = organisation
      ? ctx.settings.hearingFineThreshold.organisation
      : ctx.settings.hearingFineThreshold.person;
    if (penalty.fine > line)
      return `拟作出较大数额罚款（对${organisation ? '法人或者其他组织' : '公民'}罚款超过${line}元）`;
  }
  if (penalty?.confiscation) return '拟没收较大数额违法所得或者较大价值非法财物';
  return '属于法律、法规、规章规定应当告知听证权利的情形';
}

/** 六十日 / 六个月 with the body: every notice and decision ends its rights with this (art. 59 (五)). */
export function remediesParagraph(ctx: DocumentContext, of = '本决定', paper = '本决定书'): ParagraphBlock {
  return p(
    `如不服${of}，可以自收到${paper}之日起六十日内向${ctx.settings.reconsiderationBody}申请行政复议，也可以自收到${paper}之日起六个月内依法向${ctx.settings.court}提起行政诉讼。行政复议或者行政诉讼期间，${of}不停止执行，法律另有规定的除外。`,
    { elements: ['remedies'] },
  );
}

/** The 15-day payment, where and how, and what happens when it is late (arts. 67, 72; 强制法 art. 45). */
export function paymentParagraphs(ctx: DocumentContext, penalty: DocumentPenalty & { fine: number }) {
  return [
    p(
      `限${you(ctx)}自收到本决定书之日起十五日内缴纳罚款${capitalYuan(penalty.fine)}。缴纳方式：${ctx.settings.payment}。`,
      { elements: ['performance'] },
    ),
    p(
      '到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额；并可依法申请人民法院强制执行。确有经济困难需要延期或者分期缴纳罚款的，可以在缴纳期限届满前向本机关提出书面申请。',
    ),
  ];
}

export function officersText(officers: readonly DocumentOfficer[]): string {
  if (officers.length === 0) return `${BLANK}（执法证号：${BLANK}）、${BLANK}（执法证号：${BLANK}）`;
  return officers
    .filter((o) => o.name)
    .map((o) => `${o.name}（执法证号：${blank(o.certificateNo)}）`)
    .join('、');
}

export function officerNames(officers: readonly DocumentOfficer[]): string {
  return officers.map((o) => o.name).join('、') || BLANK;
}

/** The notes every notice to a party ends with: where to check progress with the query code (P-08). */
export function queryNote(ctx: DocumentContext): string[] {
  if (!ctx.case.queryCode) return [];
  const caseNo = ctx.case.caseNo ?? ctx.case.sourceNo ?? '';
  return [
    `案件查询码：${ctx.case.queryCode}　可凭案件编号${caseNo ? `（${caseNo}）` : ''}和本查询码在${ctx.settings.organName}门户网站“案件进度查询”（${ctx.settings.portalUrl}）查询办理进度。`,
  ];
}

export function contactNote(ctx: DocumentContext): string {
  return `本机关地址：${ctx.settings.address}（邮编${ctx.settings.postcode}）　联系电话：${ctx.settings.phone}`;
}

export function signature(ctx: DocumentContext, seal = true) {
  return { organ: ctx.settings.organName, date: null, seal };
}

export function facts(ctx: DocumentContext): string {
  return ctx.input.facts?.trim() || ctx.case.summary;
}

/** 经查，你于2026年11月3日在…… */
export function factsSentence(ctx: DocumentContext): string {
  const when = ctx.case.occurredOn ? `于${textDate(ctx.case.occurredOn)}` : '';
  const where = ctx.case.place ? `在${ctx.case.place}` : '';
  const text = facts(ctx).replace(/[。；;.]+$/, '');
  return `经查，${you(ctx)}${when}${where}${text.startsWith('实施') || text.startsWith('有') ? '' : '，'}${text}。`;
}

export function evidenceList(ctx: DocumentContext): string[] {
  return (ctx.input.evidence ?? []).map((e) => e.trim()).filter(Boolean);
}

export function evidenceParagraph(ctx: DocumentContext, elements: DecisionElement[] = ['evidence']) {
  const list = evidenceList(ctx);
  return p(
    list.length
      ? `以上事实，有下列证据证明：${list.map((e, i) => `${i + 1}. ${e.replace(/[。；;]+$/, '')}`).join('；')}。`
      : `以上事实，有下列证据证明：${BLANK}。`,
    { elements },
  );
}

/** One labelled cell spanning the form's width. */
export function wide(label: string, value: string, lines?: number): FieldCell[] {
  return [{ label, value, span: 3, ...(lines ? { lines } : {}) }];
}

export function pair(label1: string, value1: string, label2: string, value2: string): FieldCell[] {
  return [
    { label: label1, value: value1 },
    { label: label2, value: value2 },
  ];
}

/** The party's particulars as form rows (审批表, 笔录 headers). */
export function partyRows(party: DocumentParty | null): FieldCell[][] {
  if (!party) return [pair('当事人', BLANK, '联系电话', BLANK), wide('住址（地址）', BLANK)];
  if (party.kind === 'organisation')
    return [
      wide('当事人（单位）', party.name),
      pair('统一社会信用代码', blank(party.creditCode), '法定代表人', blank(party.legalRepresentative)),
      pair('地址', blank(party.address), '联系电话', blank(party.phone)),
    ];
  return [
    pair('当事人', party.name, '性别', blank(party.gender, '____')),
    pair('公民身份号码', blank(party.idNumber), '联系电话', blank(party.phone)),
    wide('住址', blank(party.address)),
  ];
}

export const OPINION_LINES = 3;

/** An approval cell: the opinion, then signature and date lines for the one who approves. */
export function approvalCell(label: string, opinion = ''): FieldCell[] {
  return [{ label, value: opinion, span: 3, lines: OPINION_LINES, sign: true }];
}
