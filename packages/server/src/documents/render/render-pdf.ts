import PDFDocument from 'pdfkit';
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
import { type LoadedFonts, loadFonts, registerFonts } from './fonts.js';
import { breakLines } from './line-break.js';
import { MM, PAGE, pitchFor, RED, RULE_GAP, SEAL_DIAMETER, SIZES, TEXT_WIDTH } from './page-layout.js';

type Face = 'serif' | 'serifBold' | 'sansBold';

interface TextStyle {
  face?: Face;
  size?: number;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in characters. */
  indent?: number;
  pitch?: number;
}

/** What the typesetter places; emitted to pdfkit once the layout is final (lines can still move pages). */
type Op =
  | {
      type: 'text';
      page: number;
      x: number;
      y: number;
      text: string;
      face: Face;
      size: number;
      color: string;
      spacing: number;
      /** Lines of running text are numbered so that the last ones can move with the signature. */
      line?: number;
    }
  | {
      type: 'rule';
      page: number;
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number;
      color: string;
    }
  | { type: 'rect'; page: number; x: number; y: number; w: number; h: number }
  | { type: 'seal'; page: number; cx: number; cy: number; r: number };

const LEFT = PAGE.left;
const RIGHT = PAGE.left + TEXT_WIDTH;
const BOTTOM = PAGE.height - PAGE.bottom;
const FORM_TOP = 25 * MM;

/**
 * Sets a structured document as an A4 PDF. Text is broken and justified here (line-break.ts), line by
 * line, so pagination is ours: nothing overlaps and nothing runs off the page. Fonts come from
 * SANXIANG_FONT_DIR (fonts.ts).
 */
export async function renderPdf(
  content: DocumentContent,
  fonts: LoadedFonts = loadFonts(),
  options: { draft?: boolean } = {},
): Promise<Buffer> {
  const date = content.signature?.date ?? null;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: LEFT, right: PAGE.width - RIGHT },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${content.organ}${content.title}${content.number ? ` ${content.number}` : ''}`,
      Author: content.organ,
      Subject: content.title,
      Creator: '三项制度行政执法平台',
      Producer: 'Sanxiang',
      ...(date ? { CreationDate: new Date(`${date}T00:00:00+08:00`) } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  registerFonts(doc, fonts);
  new Typesetter(doc, content, options.draft ?? false).run();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

class Typesetter {
  /** Forms (审批表, 回证, 封面) start higher than GB/T 9704's 37 mm so that one form fits one page. */
  private readonly top: number;
  private y: number;
  private page = 0;
  private readonly ops: Op[] = [];
  private lineNo = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly content: DocumentContent,
    private readonly draft: boolean,
  ) {
    this.top = content.layout === 'form' ? FORM_TOP : PAGE.top;
    this.y = this.top;
  }

  run(): void {
    const c = this.content;
    this.header();
    if (c.addressee) this.paragraph(`${c.addressee}：`, { indent: 0 });
    for (const block of c.blocks) this.block(block);
    if (c.signature) this.signature();
    if (c.notes.length) {
      this.space(0.5 * pitchFor(SIZES.form));
      for (const note of c.notes) this.paragraph(note, { size: SIZES.form, indent: 2 });
    }
    if (c.appendix?.length) {
      this.space(pitchFor(SIZES.small) * 0.5);
      for (const block of c.appendix) this.block(block, SIZES.small);
    }
    this.emit();
    this.footers();
  }

  /** Draws the display list, page by page. */
  private emit(): void {
    const doc = this.doc;
    let current = 0;
    for (const op of this.ops) {
      while (current < op.page) {
        doc.addPage();
        current++;
      }
      switch (op.type) {
        case 'text':
          doc
            .font(op.face)
            .fontSize(op.size)
            .fillColor(op.color)
            .text(op.text, op.x, op.y, { lineBreak: false, characterSpacing: op.spacing });
          break;
        case 'rule':
          doc
            .save()
            .moveTo(op.x1, op.y1)
            .lineTo(op.x2, op.y2)
            .lineWidth(op.width)
            .strokeColor(op.color)
            .stroke()
            .restore();
          break;
        case 'rect':
          doc.save().lineWidth(0.75).strokeColor('black').rect(op.x, op.y, op.w, op.h).stroke().restore();
          break;
        case 'seal': {
          doc
            .save()
            .lineWidth(1)
            .dash(4, { space: 3 })
            .strokeColor(RED)
            .circle(op.cx, op.cy, op.r)
            .stroke()
            .undash()
            .restore();
          const label = '（印章）';
          doc.font('serif').fontSize(9).fillColor(RED);
          doc.text(label, op.cx - doc.widthOfString(label) / 2, op.cy - op.r + 6, { lineBreak: false });
          break;
        }
      }
    }
    while (current < this.page) {
      doc.addPage();
      current++;
    }
    doc.fillColor('black');
  }

  // ——— header ———

  private header(): void {
    const c = this.content;
    const number = c.number ?? (c.numbered ? NUMBER_PLACEHOLDER : null);
    if (c.layout === 'decision') {
      // 红头: the organ in red, the number centred under it, the red rule 4 mm below the number.
      this.line(c.organ, { face: 'serifBold', size: SIZES.redHeader, color: RED, align: 'center' }, 6);
      this.space(pitchFor(SIZES.body) * 0.6);
      this.line(number ?? '', { size: SIZES.body, align: 'center' });
      const ruleY = this.y - pitchFor(SIZES.body) * 0.25 + RULE_GAP;
      this.ops.push({
        type: 'rule',
        page: this.page,
        x1: LEFT,
        y1: ruleY,
        x2: RIGHT,
        y2: ruleY,
        width: 1.5,
        color: RED,
      });
      this.y = ruleY + pitchFor(SIZES.body) * 0.8;
      this.line(c.title, { face: 'serifBold', size: SIZES.title, align: 'center' }, 2);
      this.space(pitchFor(SIZES.body) * 0.4);
      return;
    }
    // Notices carry the organ as large as the title; forms and records a smaller line above it.
    const organSize = c.layout === 'notice' ? SIZES.title : SIZES.body;
    this.line(
      c.organ,
      { face: 'serifBold', size: organSize, align: 'center' },
      c.layout === 'notice' ? 2 : 4,
    );
    this.line(c.title, { face: 'serifBold', size: SIZES.title, align: 'center' }, 2);
    if (c.layout === 'notice') {
      this.line(number ?? '', { size: SIZES.body, align: 'center' });
      this.space(pitchFor(SIZES.body) * 0.3);
    } else {
      // Forms and records: the number (if any) and the case number on one small line, right-aligned.
      const bits = [number, c.caseNo ? `案号：${c.caseNo}` : null].filter(Boolean).join('　　');
      this.line(bits, { size: SIZES.form, align: 'right' });
      this.space(pitchFor(SIZES.form) * 0.2);
    }
  }

  // ——— blocks ———

  private block(block: DocumentBlock, size: number = this.bodySize()): void {
    switch (block.type) {
      case 'paragraph':
        this.paragraph(block.text, {
          size,
          face: block.bold ? 'serifBold' : 'serif',
          indent: block.indent === false ? 0 : 2,
          align: block.align ?? 'justify',
        });
        return;
      case 'heading':
        this.keepWith(2 * pitchFor(size));
        this.paragraph(block.text, { size, face: 'sansBold', indent: 0 });
        return;
      case 'fields':
        this.fields(block);
        return;
      case 'table':
        this.table(block);
        return;
      case 'signatures':
        this.signatureLines(block);
        return;
    }
  }

  private bodySize(): number {
    return this.content.layout === 'record' || this.content.layout === 'form' ? SIZES.small : SIZES.body;
  }

  /** A paragraph of running text, broken, justified and paginated. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? this.bodySize();
    const face = style.face ?? 'serif';
    const pitch = style.pitch ?? pitchFor(size);
    const doc = this.doc.font(face).fontSize(size);
    const indent = (style.indent ?? 2) * size;
    const lines = breakLines(text, TEXT_WIDTH, (s) => doc.widthOfString(s), indent);
    this.lineNo++;
    lines.forEach((l, i) => {
      this.ensure(pitch);
      const x0 = LEFT + (i === 0 ? indent : 0);
      const room = RIGHT - x0;
      let x = x0;
      if (style.align === 'center') x = x0 + (room - l.width) / 2;
      else if (style.align === 'right') x = RIGHT - l.width;
      this.draw(l.text, x, this.y, {
        face,
        size,
        pitch,
        color: style.color,
        spacing: style.align === 'justify' || style.align === undefined ? l.spacing : 0,
        line: this.lineNo,
      });
      this.y += pitch;
    });
  }

  /** One line that never breaks (titles, numbers); `spacing` spreads characters apart. */
  private line(text: string, style: TextStyle, spacing = 0): void {
    const size = style.size ?? SIZES.body;
    const face = style.face ?? 'serif';
    const pitch = style.pitch ?? pitchFor(size);
    this.ensure(pitch);
    if (text) {
      const doc = this.doc.font(face).fontSize(size);
      const chars = [...text].length;
      const width = doc.widthOfString(text) + spacing * (chars - 1);
      const x =
        style.align === 'center'
          ? LEFT + (TEXT_WIDTH - width) / 2
          : style.align === 'right'
            ? RIGHT - width
            : LEFT;
      this.draw(text, x, this.y, { face, size, pitch, color: style.color, spacing });
    }
    this.y += pitch;
  }

  private draw(
    text: string,
    x: number,
    top: number,
    o: {
      face: Face;
      size: number;
      pitch: number;
      color?: string | undefined;
      spacing: number;
      line?: number;
    },
  ): void {
    if (!text) return;
    const doc = this.doc.font(o.face).fontSize(o.size);
    // Centre the glyphs' line box in the pitch.
    const offset = (o.pitch - doc.currentLineHeight(false)) / 2;
    this.ops.push({
      type: 'text',
      page: this.page,
      x,
      y: top + offset,
      text,
      face: o.face,
      size: o.size,
      color: o.color ?? 'black',
      spacing: o.spacing,
      ...(o.line ? { line: o.line } : {}),
    });
  }

  private space(h: number): void {
    this.y += h;
  }

  /** Starts a new page unless `h` more fits on this one. */
  private ensure(h: number): void {
    if (this.y + h > BOTTOM + 0.5) this.newPage();
  }

  private keepWith(h: number): void {
    this.ensure(h);
  }

  private newPage(): void {
    this.page++;
    this.y = this.top;
  }

  /**
   * Moves the last lines of running text on this page to a new one, so that what follows (the signature)
   * never stands alone on a page (GB/T 9704 7.3.5: the seal sits within a line of the text).
   */
  private carryLastLines(count: number): void {
    const texts = this.ops.filter(
      (o): o is Extract<Op, { type: 'text' }> => o.type === 'text' && o.page === this.page,
    );
    const last = texts[texts.length - 1];
    if (!last?.line) {
      this.newPage();
      return;
    }
    const moving = texts.filter((o) => o.line === last.line).slice(-count);
    const firstY = Math.min(...moving.map((o) => o.y));
    this.newPage();
    for (const o of moving) {
      o.page = this.page;
      o.y =
        this.top +
        (o.y - firstY) +
        (pitchFor(o.size) - this.doc.font(o.face).fontSize(o.size).currentLineHeight(false)) / 2;
    }
    this.y =
      this.top +
      (Math.max(...moving.map((o) => o.y)) - Math.min(...moving.map((o) => o.y))) +
      pitchFor(last.size);
  }

  // ——— grids ———

  /** Wraps cell text and returns its lines at the form size. */
  private cellLines(text: string, width: number, face: Face = 'serif') {
    const doc = this.doc.font(face).fontSize(SIZES.form);
    return breakLines(text, width, (s) => doc.widthOfString(s));
  }

  private fields(block: FieldsBlock): void {
    const pitch = pitchFor(SIZES.form);
    const pad = 2 * MM;
    const labelW = TEXT_WIDTH * 0.2;
    const half = TEXT_WIDTH / 2;
    for (const row of block.rows) {
      const cells: { x: number; w: number; cell: FieldCell; labelW: number }[] = [];
      if (row.length === 1 || row[0]?.span === 3)
        cells.push({ x: LEFT, w: TEXT_WIDTH, cell: row[0]!, labelW });
      else
        row.forEach((cell, i) => {
          cells.push({ x: LEFT + i * half, w: half, cell, labelW });
        });
      const laid = cells.map((c) => {
        const label = this.cellLines(c.cell.label, c.labelW - 2 * pad, 'serifBold');
        const value = this.cellLines(c.cell.value, c.w - c.labelW - 2 * pad);
        const sign = c.cell.sign ? 1 : 0;
        const lines = Math.max(label.length, value.length + sign, c.cell.lines ?? 1);
        return { ...c, label, value, height: lines * pitch + 2 * pad };
      });
      const height = Math.max(...laid.map((c) => c.height));
      this.ensure(height);
      const top = this.y;
      for (const c of laid) {
        this.ops.push({ type: 'rect', page: this.page, x: c.x, y: top, w: c.labelW, h: height });
        this.ops.push({
          type: 'rect',
          page: this.page,
          x: c.x + c.labelW,
          y: top,
          w: c.w - c.labelW,
          h: height,
        });
        // Label centred in its box; value from the top left.
        const labelTop = top + (height - c.label.length * pitch) / 2;
        c.label.forEach((l, i) => {
          const x = c.x + (c.labelW - l.width) / 2;
          this.draw(l.text, x, labelTop + i * pitch, {
            face: 'serifBold',
            size: SIZES.form,
            pitch,
            spacing: 0,
          });
        });
        c.value.forEach((l, i) => {
          this.draw(l.text, c.x + c.labelW + pad, top + pad + i * pitch, {
            face: 'serif',
            size: SIZES.form,
            pitch,
            spacing: l.spacing,
          });
        });
        if (c.cell.sign) {
          const text = '签名：　　　　　　　　　年　　月　　日';
          const w = this.doc.font('serif').fontSize(SIZES.form).widthOfString(text);
          this.draw(text, c.x + c.w - pad - w, top + height - pad - pitch, {
            face: 'serif',
            size: SIZES.form,
            pitch,
            spacing: 0,
          });
        }
      }
      this.y = top + height;
    }
    this.space(pitchFor(SIZES.form) * 0.4);
  }

  private table(block: TableBlock): void {
    const pitch = pitchFor(SIZES.form);
    const pad = 1.5 * MM;
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    const widths = block.columns.map((c) => (c.width / total) * TEXT_WIDTH);
    const drawRow = (cells: string[], bold: boolean) => {
      const face: Face = bold ? 'serifBold' : 'serif';
      const laid = cells.map((text, i) => this.cellLines(text, widths[i]! - 2 * pad, face));
      const height = Math.max(1, ...laid.map((l) => l.length)) * pitch + 2 * pad;
      const fresh = this.y + height > BOTTOM + 0.5;
      this.ensure(height);
      if (fresh && !bold)
        drawRow(
          block.columns.map((c) => c.title),
          true,
        );
      const top = this.y;
      let x = LEFT;
      laid.forEach((lines, i) => {
        const w = widths[i]!;
        this.ops.push({ type: 'rect', page: this.page, x, y: top, w, h: height });
        lines.forEach((l, j) => {
          const lx = bold || lines.length === 1 ? x + (w - l.width) / 2 : x + pad;
          this.draw(l.text, lx, top + pad + j * pitch, {
            face,
            size: SIZES.form,
            pitch,
            spacing: bold || lines.length === 1 ? 0 : l.spacing,
          });
        });
        x += w;
      });
      this.y = top + height;
    };
    drawRow(
      block.columns.map((c) => c.title),
      true,
    );
    for (const row of block.rows) drawRow(row, false);
    this.space(pitchFor(SIZES.form) * 0.4);
  }

  private signatureLines(block: SignaturesBlock): void {
    const size = SIZES.small;
    const pitch = pitchFor(size) * 1.3;
    this.space(pitch * 0.3);
    const doc = this.doc.font('serif').fontSize(size);
    // Signature lines stay together on one page.
    this.ensure(block.lines.length * pitch);
    const dateText = '年　　月　　日';
    const dateX = RIGHT - doc.widthOfString(dateText) - size;
    for (const l of block.lines) {
      const text = `${l.label}${l.value ?? ''}`;
      const lines = breakLines(text, TEXT_WIDTH, (s) => doc.widthOfString(s));
      for (const line of lines) {
        this.ensure(pitch);
        this.draw(line.text, LEFT, this.y, { face: 'serif', size, pitch, spacing: 0 });
        this.y += pitch;
      }
      if (l.dated !== false)
        this.draw(dateText, dateX, this.y - pitch, { face: 'serif', size, pitch, spacing: 0 });
    }
  }

  // ——— signature and seal ———

  /**
   * The organ's name centred over the date, the date four characters in from the right edge, and the seal
   * (a red circle outline marking where it goes) pressing on both, its centre a little above them.
   */
  private signature(): void {
    const sig = this.content.signature!;
    const size = SIZES.body;
    const pitch = pitchFor(size);
    const dateText = sig.date ? chineseDate(sig.date) : '　　　　年　　月　　日';
    const doc = this.doc.font('serif').fontSize(size);
    const dateW = doc.widthOfString(dateText);
    const organW = doc.widthOfString(sig.organ);
    const dateRight = RIGHT - 4 * size;
    const centre = dateRight - dateW / 2;
    const r = SEAL_DIAMETER / 2;
    // From the top of the block: one blank line, the seal's upper half, then the organ and the date on
    // which the seal presses (its centre a little above the date line).
    this.space(pitch * 0.5);
    const needed = Math.max(r + pitch, 2 * r - 0.15 * pitch);
    if (this.y + needed > BOTTOM + 0.5) this.carryLastLines(2);
    const organTop = this.y + r - pitch;
    this.draw(sig.organ, centre - organW / 2, organTop, { face: 'serif', size, pitch, spacing: 0 });
    this.draw(dateText, dateRight - dateW, organTop + pitch, { face: 'serif', size, pitch, spacing: 0 });
    const cy = organTop + pitch * 0.85;
    if (sig.seal) this.ops.push({ type: 'seal', page: this.page, cx: centre, cy, r });
    this.y = Math.max(organTop + 2 * pitch, cy + r);
  }

  /** A draft (not issued, no number) says so across every page: it is for checking, not for serving. */
  private draftMark(): void {
    const doc = this.doc;
    doc.save();
    doc.font('serifBold').fontSize(72).fillColor('#C8C8C8').fillOpacity(0.35);
    const text = '草稿　未签发';
    const w = doc.widthOfString(text);
    doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
    doc.text(text, PAGE.width / 2 - w / 2, PAGE.height / 2 - 36, { lineBreak: false });
    doc.restore();
    doc.fillOpacity(1).fillColor('black');
  }

  // ——— footers ———

  /** Page numbers "— 1 —" (GB/T 9704 5.2.4); records also carry the signature line of each page. */
  private footers(): void {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    this.doc.fillColor('black');
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      // Drawing below the bottom margin must not start a new page.
      const margin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = BOTTOM + 7 * MM;
      const pitch = pitchFor(SIZES.small);
      if (this.content.layout === 'record') {
        const text = `当事人（签名）：　　　　　　　执法人员（签名）：　　　　　　　第${i + 1}页　共${total}页`;
        this.doc.font('serif').fontSize(SIZES.form);
        this.doc.text(text, LEFT, y, { lineBreak: false });
      } else if (total > 1) {
        const text = `— ${i + 1} —`;
        this.doc.font('serif').fontSize(SIZES.small);
        const w = this.doc.widthOfString(text);
        this.doc.text(text, LEFT + (TEXT_WIDTH - w) / 2, y + (pitch - this.doc.currentLineHeight()) / 2, {
          lineBreak: false,
        });
      }
      if (this.draft) this.draftMark();
      this.doc.page.margins.bottom = margin;
    }
  }
}
