import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HorizontalPositionRelativeFrom,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlign,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { chineseDate } from '../chinese-text.js';
import type {
  DocumentBlock,
  DocumentContent,
  FieldCell,
  FieldsBlock,
  SignaturesBlock,
  TableBlock,
} from '../document-model.js';
import { NUMBER_PLACEHOLDER } from '../document-numbers.js';
import { BODY_PITCH, MM, PAGE, pitchFor, RULE_GAP, SEAL_DIAMETER, SIZES, TEXT_WIDTH } from './page-layout.js';

// The same structured document as a Word file, for offices that edit or print from Word/WPS. Word does
// its own line breaking; the page, sizes and spacing follow the PDF (page-layout.ts). Fonts are named as
// GB/T 9704 names them, so a machine with the official faces shows them: 方正小标宋简体 for titles,
// 仿宋_GB2312 for the body, 黑体 for headings; Word substitutes its nearest face elsewhere.

const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  latin: 'Times New Roman',
} as const;

const RED = 'E60012';
/** Points to twentieths of a point (twips). */
const tw = (pt: number) => Math.round(pt * 20);
/** Points to half-points (Word's font sizes). */
const half = (pt: number) => Math.round(pt * 2);
/** Points to EMU (drawing offsets). */
const emu = (pt: number) => Math.round(pt * 12700);
/** Points to the 96-dpi pixels the shapes API takes. */
const px = (pt: number) => Math.round((pt * 96) / 72);

const TEXT_TWIPS = tw(TEXT_WIDTH);

function run(
  text: string,
  o: { size?: number; bold?: boolean; color?: string; face?: keyof typeof FONT } = {},
) {
  const face = FONT[o.face ?? 'body'];
  return new TextRun({
    text,
    size: half(o.size ?? SIZES.body),
    bold: o.bold ?? false,
    ...(o.color ? { color: o.color } : {}),
    font: { eastAsia: face, ascii: FONT.latin, hAnsi: FONT.latin, hint: 'eastAsia' },
  });
}

function exact(pitch: number) {
  return { line: tw(pitch), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

function para(
  text: string,
  o: {
    size?: number;
    bold?: boolean;
    color?: string;
    face?: keyof typeof FONT;
    align?: 'left' | 'center' | 'right' | 'justify';
    indent?: number;
    pitch?: number;
    before?: number;
    after?: number;
    rightIndent?: number;
    keepNext?: boolean;
  } = {},
) {
  const size = o.size ?? SIZES.body;
  const align =
    o.align === 'center'
      ? AlignmentType.CENTER
      : o.align === 'right'
        ? AlignmentType.RIGHT
        : o.align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED;
  const lines = text.split('\n');
  return new Paragraph({
    alignment: align,
    spacing: { ...exact(o.pitch ?? pitchFor(size)), before: tw(o.before ?? 0), after: tw(o.after ?? 0) },
    ...(o.indent || o.rightIndent
      ? {
          indent: {
            ...(o.indent ? { firstLine: tw(o.indent * size) } : {}),
            ...(o.rightIndent ? { right: tw(o.rightIndent) } : {}),
          },
        }
      : {}),
    keepNext: o.keepNext ?? false,
    children: lines.map((l, i) =>
      i === 0
        ? run(l, o)
        : new TextRun({ text: l, break: 1, size: half(size), font: FONT[o.face ?? 'body'] }),
    ),
  });
}

/** Renders the document as .docx bytes. */
export async function renderDocx(
  content: DocumentContent,
  options: { draft?: boolean } = {},
): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...header(content)];
  const bodySize = content.layout === 'record' || content.layout === 'form' ? SIZES.small : SIZES.body;
  if (content.addressee) children.push(para(`${content.addressee}：`, { size: bodySize, align: 'left' }));
  for (const block of content.blocks) children.push(...blockOut(block, bodySize));
  if (content.signature) children.push(...signature(content));
  for (const note of content.notes) children.push(para(note, { size: SIZES.form, indent: 2 }));
  for (const block of content.appendix ?? []) children.push(...blockOut(block, SIZES.small));

  const footerText =
    content.layout === 'record'
      ? [
          run('当事人（签名）：　　　　　　执法人员（签名）：　　　　　　第', { size: SIZES.form }),
          new TextRun({ children: [PageNumber.CURRENT], size: half(SIZES.form) }),
          run('页　共', { size: SIZES.form }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: half(SIZES.form) }),
          run('页', { size: SIZES.form }),
        ]
      : [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: half(SIZES.small),
            font: FONT.latin,
          }),
        ];

  const doc = new Document({
    creator: content.organ,
    title: `${content.organ}${content.title}${content.number ? ` ${content.number}` : ''}`,
    description: content.title,
    styles: {
      default: {
        document: {
          run: {
            size: half(SIZES.body),
            font: { eastAsia: FONT.body, ascii: FONT.latin, hAnsi: FONT.latin },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(PAGE.width), height: tw(PAGE.height) },
            margin: {
              top: tw(content.layout === 'form' ? 25 * MM : PAGE.top),
              bottom: tw(PAGE.bottom),
              left: tw(PAGE.left),
              right: tw(PAGE.width - PAGE.left - TEXT_WIDTH),
              footer: tw(PAGE.bottom - 10 * MM),
            },
          },
        },
        ...(options.draft
          ? {
              headers: {
                default: new Header({
                  children: [para('草稿　未签发', { size: SIZES.form, color: '999999', align: 'right' })],
                }),
              },
            }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: content.layout === 'record' ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: footerText,
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function header(c: DocumentContent): Paragraph[] {
  const number = c.number ?? (c.numbered ? NUMBER_PLACEHOLDER : '');
  if (c.layout === 'decision')
    return [
      para(c.organ, { size: SIZES.redHeader, bold: true, color: RED, face: 'title', align: 'center' }),
      // The red rule 4 mm under the number: the number paragraph's bottom border.
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(BODY_PITCH), before: tw(BODY_PITCH * 0.6) },
        border: {
          bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: Math.round(RULE_GAP) },
        },
        children: [run(number)],
      }),
      para(c.title, {
        size: SIZES.title,
        bold: true,
        face: 'title',
        align: 'center',
        before: BODY_PITCH * 0.8,
      }),
    ];
  const small = c.layout !== 'notice';
  const out = [
    para(c.organ, {
      size: small ? SIZES.body : SIZES.title,
      bold: true,
      face: 'title',
      align: 'center',
    }),
    para(c.title, { size: SIZES.title, bold: true, face: 'title', align: 'center' }),
  ];
  if (c.layout === 'notice') out.push(para(number, { align: 'center' }));
  else {
    const bits = [number, c.caseNo ? `案号：${c.caseNo}` : null].filter(Boolean).join('　　');
    out.push(para(bits, { size: SIZES.form, align: 'right' }));
  }
  return out;
}

function blockOut(block: DocumentBlock, size: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [
        para(block.text, {
          size,
          bold: block.bold ?? false,
          indent: block.indent === false ? 0 : 2,
          align: block.align ?? 'justify',
        }),
      ];
    case 'heading':
      return [para(block.text, { size, face: 'heading', align: 'left', keepNext: true })];
    case 'fields':
      return [fieldsTable(block), para('', { size: SIZES.form })];
    case 'table':
      return [itemsTable(block), para('', { size: SIZES.form })];
    case 'signatures':
      return signatureLines(block);
  }
}

const cellBorders = {
  top: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
  bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
  left: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
  right: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
};

function cell(
  paragraphs: Paragraph[],
  width: number,
  o: { span?: number; center?: boolean; minLines?: number } = {},
): TableCell {
  return new TableCell({
    children: paragraphs.length ? paragraphs : [para('', { size: SIZES.form })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span ?? 1,
    verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    borders: cellBorders,
    margins: { top: tw(2 * MM), bottom: tw(2 * MM), left: tw(2 * MM), right: tw(2 * MM) },
  });
}

function fieldsTable(block: FieldsBlock): Table {
  const label = Math.round(TEXT_TWIPS * 0.2);
  const value = Math.round(TEXT_TWIPS * 0.3);
  const columns = [label, value, label, value];
  const pitch = pitchFor(SIZES.form);
  const valueParas = (c: FieldCell) => {
    const out = c.value ? [para(c.value, { size: SIZES.form, align: 'left', pitch })] : [];
    const lines = Math.max(c.lines ?? 1, 1) - (c.value ? 1 : 0) - (c.sign ? 1 : 0);
    for (let i = 0; i < lines; i++) out.push(para('', { size: SIZES.form, pitch }));
    if (c.sign)
      out.push(para('签名：　　　　　　　年　　月　　日', { size: SIZES.form, align: 'right', pitch }));
    return out;
  };
  const rows = block.rows.map((row) => {
    const cells: TableCell[] = [];
    const wideRow = row.length === 1 || row[0]?.span === 3;
    for (const c of wideRow ? [row[0]!] : row) {
      cells.push(
        cell([para(c.label, { size: SIZES.form, bold: true, align: 'center', pitch })], label, {
          center: true,
        }),
      );
      cells.push(cell(valueParas(c), wideRow ? TEXT_TWIPS - label : value, { span: wideRow ? 3 : 1 }));
    }
    return new TableRow({ children: cells, cantSplit: true });
  });
  return new Table({
    rows,
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
  });
}

function itemsTable(block: TableBlock): Table {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => Math.round((c.width / total) * TEXT_TWIPS));
  const pitch = pitchFor(SIZES.form);
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell([para(text, { size: SIZES.form, bold, align: 'center', pitch })], widths[i]!, { center: true }),
      ),
    });
  return new Table({
    rows: [
      row(
        block.columns.map((c) => c.title),
        true,
      ),
      ...block.rows.map((r) => row(r, false)),
    ],
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function signatureLines(block: SignaturesBlock): Paragraph[] {
  const size = SIZES.small;
  return block.lines.map(
    (l) =>
      new Paragraph({
        spacing: exact(pitchFor(size) * 1.3),
        tabStops: [{ type: 'right', position: TEXT_TWIPS - tw(size) }],
        children: [
          run(`${l.label}${l.value ?? ''}`, { size }),
          ...(l.dated === false ? [] : [new TextRun({ text: '\t' }), run('年　　月　　日', { size })]),
        ],
      }),
  );
}

/**
 * The organ's name centred over the date, the date four characters from the right edge, and the seal's
 * place marked by a red dashed circle floating behind them (GB/T 9704 7.3.5.1).
 */
function signature(content: DocumentContent): Paragraph[] {
  const sig = content.signature!;
  const size = SIZES.body;
  const dateText = sig.date ? chineseDate(sig.date) : '　　　　年　　月　　日';
  const dateChars = [...dateText].length;
  const organChars = [...sig.organ].length;
  const dateRight = 4 * size;
  const organRight = dateRight + ((dateChars - organChars) * size) / 2;
  const r = SEAL_DIAMETER / 2;
  const centreX = TEXT_WIDTH - dateRight - (dateChars * size) / 2;
  const seal = sig.seal
    ? [
        new ShapeRun({
          type: 'ellipse',
          transformation: { width: px(SEAL_DIAMETER), height: px(SEAL_DIAMETER) },
          line: { color: RED, width: 1, dash: 'dash' },
          floating: {
            horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: emu(centreX - r) },
            verticalPosition: {
              relative: VerticalPositionRelativeFrom.PARAGRAPH,
              offset: emu(BODY_PITCH * 0.85 - r),
            },
            behindDocument: true,
            allowOverlap: true,
            wrap: { type: TextWrappingType.NONE },
          },
          altText: { name: 'seal', description: '印章位置' },
        }),
      ]
    : [];
  return [
    para('', { before: r - BODY_PITCH }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(BODY_PITCH),
      indent: { right: tw(organRight) },
      keepNext: true,
      children: [...seal, run(sig.organ)],
    }),
    para(dateText, { align: 'right', rightIndent: dateRight, after: r - BODY_PITCH }),
  ];
}
