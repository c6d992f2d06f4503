import type { DocumentKind } from '@sanxiang/core';

// A document as structured data: what a template builds from the case and what both renderers (PDF and
// Word) lay out. Stored as `case_documents.content` when drafted, completed with its number and date when
// issued, and never changed afterwards.

/**
 * decision — red organ name, number, red rule, then the title (决定书: GB/T 9704 红头);
 * notice — organ name and title in black, number below (告知书, 通知书, 催告书, 公告);
 * form — organ name and title, then a grid of labelled cells (审批表, 送达回证, 封面);
 * record — a 笔录: title, header fields, the account itself, signature lines, page "第 x 页 共 y 页".
 */
export type DocumentLayout = 'decision' | 'notice' | 'form' | 'record';

/** What art. 59 (and arts. 52, 24, 37 for the other decisions) require a decision to carry. */
export type DecisionElement =
  | 'party'
  | 'facts'
  | 'evidence'
  | 'penalty'
  | 'basis'
  | 'performance'
  | 'remedies'
  | 'authority'
  | 'date'
  | 'seal'
  | 'reason'
  | 'period'
  | 'items'
  | 'time-place'
  | 'officers';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** First-line indent of two characters (the default for body text). */
  indent?: boolean;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** The decision elements this paragraph carries (check-decision-elements.ts reads them). */
  elements?: DecisionElement[];
}

export interface HeadingBlock {
  type: 'heading';
  text: string;
}

export interface TableBlock {
  type: 'table';
  /** Relative widths; the renderers scale them to the text width. */
  columns: { title: string; width: number }[];
  rows: string[][];
  elements?: DecisionElement[];
}

export interface FieldCell {
  label: string;
  value: string;
  /** Columns this cell's value spans (the grid has four: label, value, label, value). */
  span?: 1 | 3;
  /** Minimum height in lines (an opinion box needs room for a hand-written note and a signature). */
  lines?: number;
  /** Ends with "签名：　　年　月　日" at the bottom right, for the one who writes the opinion. */
  sign?: boolean;
}

/** A form grid: each row has one cell spanning the width or two cells side by side. */
export interface FieldsBlock {
  type: 'fields';
  rows: FieldCell[][];
}

/** Lines for hand signatures: "当事人（签名）：__________  年  月  日". */
export interface SignaturesBlock {
  type: 'signatures';
  lines: { label: string; value?: string; dated?: boolean }[];
}

export type DocumentBlock = ParagraphBlock | HeadingBlock | TableBlock | FieldsBlock | SignaturesBlock;

export interface SignatureBlock {
  organ: string;
  /** YYYY-MM-DD; null in a draft, set when the document is issued. */
  date: string | null;
  /** Where the organ's seal goes (marked with a circle outline). */
  seal: boolean;
}

export interface DocumentContent {
  kind: DocumentKind;
  layout: DocumentLayout;
  organ: string;
  title: string;
  /** Whether the kind takes an official number (document-numbers.ts). */
  numbered: boolean;
  /** The number, set when issued; null in a draft (shown as "〔待编号〕"). */
  number: string | null;
  /** 立案号, shown on forms and records. */
  caseNo: string | null;
  /** The party's query code for the portal progress query (P-08), printed on notices to a party. */
  queryCode: string | null;
  /** Whom the document is addressed to: "张三：" is rendered from "张三". */
  addressee: string | null;
  blocks: DocumentBlock[];
  signature: SignatureBlock | null;
  /** Small print after the signature (copies, how to query progress). */
  notes: string[];
  /** After the notes: the texts of the cited articles (附：相关法律条文). */
  appendix?: DocumentBlock[];
}

/** All the text a document shows, in reading order (for checks and search). */
export function documentText(content: DocumentContent): string {
  const parts: string[] = [content.organ, content.title];
  if (content.number) parts.push(content.number);
  if (content.addressee) parts.push(`${content.addressee}：`);
  for (const block of content.blocks) parts.push(...blockText(block));
  if (content.signature) parts.push(content.signature.organ, content.signature.date ?? '');
  parts.push(...content.notes);
  for (const block of content.appendix ?? []) parts.push(...blockText(block));
  return parts.filter(Boolean).join('\n');
}

export function blockText(block: DocumentBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text];
    case 'table':
      return [block.columns.map((c) => c.title).join(' '), ...block.rows.map((r) => r.join(' '))];
    case 'fields':
      return block.rows.flatMap((row) => row.map((c) => `${c.label} ${c.value}`));
    case 'signatures':
      return block.lines.map((l) => `${l.label}${l.value ?? ''}`);
  }
}
