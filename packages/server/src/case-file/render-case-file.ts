import { PDFDocument as PdfLib, rgb, StandardFonts } from 'pdf-lib';
import PDFDocument from 'pdfkit';
import { type LoadedFonts, loadFonts, registerFonts } from '../documents/render/fonts.js';
import { MM } from '../documents/render/page-layout.js';

// the case file as one PDF in the standard order. The front matter (封面, 卷内目录) and the back matter
// (证据材料清单, 备考表) are set here with pdfkit in the documents' fonts (documents/render/fonts.ts); the
// issued documents are bound in between exactly as they were frozen (their own PDFs, pages copied with
// pdf-lib), so the file shows what was served, not a re-rendering. Every table has a fixed number of rows
// a page, so page numbers are known before anything is set and the contents can cite them; the page number
// is stamped at the top right of every page after binding (archival 页号).

export interface CaseFileCover {
  organ: string;
  title: string;
  caseNo: string;
  summary: string;
  parties: string;
  unitName: string;
  officers: string;
  filedOn: string | null;
  closedOn: string | null;
  retention: string;
  version: number;
}

export interface BoundDocument {
  title: string;
  number: string | null;
  date: string | null;
  stageName: string;
  note: string;
  pdf: Uint8Array;
}

export interface EvidenceLine {
  title: string;
  kind: string;
  capturedAt: string;
  place: string;
  stageName: string;
  sha256: string;
  late: boolean;
}

export interface CaseFileInput {
  cover: CaseFileCover;
  documents: BoundDocument[];
  evidence: EvidenceLine[];
  note: { filedBy: string; filedAt: string; remarks: string[] };
}

export interface RenderedCaseFile {
  pdf: Buffer;
  pageCount: number;
  /** First page (1-based) of every entry: cover, contents, each document, evidence list, note. */
  pages: { cover: number; contents: number; documents: number[]; evidence: number; note: number };
}

const CONTENT_ROWS = 18;
const EVIDENCE_ROWS = 16;
const A4 = { w: 210 * MM, h: 297 * MM };
const LEFT = 20 * MM;
const WIDTH = A4.w - 40 * MM;

export async function renderCaseFile(
  input: CaseFileInput,
  fonts: LoadedFonts = loadFonts(),
): Promise<RenderedCaseFile> {
  const docPages: number[] = [];
  const loaded: PdfLib[] = [];
  for (const d of input.documents) {
    const p = await PdfLib.load(d.pdf, { updateMetadata: false });
    loaded.push(p);
    docPages.push(p.getPageCount());
  }
  const contentEntries = input.documents.length + 2;
  const contentsPages = Math.max(1, Math.ceil(contentEntries / CONTENT_ROWS));
  const evidencePages = Math.max(1, Math.ceil(input.evidence.length / EVIDENCE_ROWS));
  const pages = { cover: 1, contents: 2, documents: [] as number[], evidence: 0, note: 0 };
  let next = 2 + contentsPages;
  for (const n of docPages) {
    pages.documents.push(next);
    next += n;
  }
  pages.evidence = next;
  pages.note = next + evidencePages;
  const pageCount = pages.note;

  const front = await setPages(fonts, (doc) => {
    cover(doc, input.cover, pageCount);
    contents(doc, input, pages, contentsPages);
  });
  const back = await setPages(fonts, (doc) => {
    evidenceList(doc, input.evidence, evidencePages);
    closingNote(doc, input, pageCount);
  });

  const out = await PdfLib.create();
  out.setTitle(`${input.cover.organ}${input.cover.title} ${input.cover.caseNo}`);
  out.setAuthor(input.cover.organ);
  out.setCreator('三项制度行政执法平台');
  out.setProducer('Sanxiang');
  const append = async (src: PdfLib) => {
    for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
  };
  await append(await PdfLib.load(front));
  for (const d of loaded) await append(d);
  await append(await PdfLib.load(back));
  if (out.getPageCount() !== pageCount)
    throw new Error(`case file pages: expected ${pageCount}, bound ${out.getPageCount()}`);
  const helvetica = await out.embedFont(StandardFonts.Helvetica);
  out.getPages().forEach((page, i) => {
    if (i === 0) return;
    const { width, height } = page.getSize();
    const label = String(i + 1);
    page.drawText(label, {
      x: width - 15 * MM - helvetica.widthOfTextAtSize(label, 11),
      y: height - 12 * MM,
      size: 11,
      font: helvetica,
      color: rgb(0.1, 0.1, 0.1),
    });
  });
  const pdf = Buffer.from(await out.save({ useObjectStreams: false }));
  return { pdf, pageCount, pages };
}

async function setPages(fonts: LoadedFonts, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, bufferPages: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  registerFonts(doc, fonts);
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Cuts a text to fit a width, with an ellipsis, so a row never wraps (rows a page are fixed). */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let s = text;
  while (s.length > 1 && doc.widthOfString(`${s}…`) > width) s = s.slice(0, -1);
  return `${s}…`;
}

function cover(doc: PDFKit.PDFDocument, c: CaseFileCover, pageCount: number): void {
  doc.addPage();
  doc.font('serifBold').fontSize(22).fillColor('#000');
  doc.text(c.organ, LEFT, 45 * MM, { width: WIDTH, align: 'center' });
  doc.font('sansBold').fontSize(30);
  doc.text(c.title, LEFT, 62 * MM, { width: WIDTH, align: 'center', characterSpacing: 6 });
  const rows: [string, string][] = [
    ['案号', c.caseNo],
    ['案由', c.summary],
    ['当事人', c.parties],
    ['承办单位', c.unitName],
    ['承办人', c.officers],
    ['立案日期', c.filedOn ?? '—'],
    ['结案日期', c.closedOn ?? '—'],
    ['卷内页数', `共 ${pageCount} 页`],
    ['保管期限', c.retention],
    ['案卷版本', c.version === 1 ? '第 1 版（结案封存）' : `第 ${c.version} 版（经批准补正）`],
  ];
  const x0 = LEFT + 10 * MM;
  const labelW = 32 * MM;
  const valueW = WIDTH - 20 * MM - labelW;
  let y = 100 * MM;
  doc.lineWidth(0.8).strokeColor('#000');
  for (const [label, value] of rows) {
    doc.font('serif').fontSize(13);
    const h = Math.max(11 * MM, doc.heightOfString(value, { width: valueW - 6 * MM }) + 5 * MM);
    doc.rect(x0, y, labelW, h).stroke();
    doc.rect(x0 + labelW, y, valueW, h).stroke();
    doc
      .font('serifBold')
      .fontSize(13)
      .text(label, x0, y + (h - 13) / 2 - 1, { width: labelW, align: 'center' });
    doc
      .font('serif')
      .fontSize(13)
      .text(value, x0 + labelW + 3 * MM, y + 2.5 * MM, { width: valueW - 6 * MM });
    y += h;
  }
  doc.font('serif').fontSize(11).fillColor('#444');
  doc.text(
    '本卷为电子案卷，结案后封存；封存后的任何变更均须经批准的补正，并形成新的版本，原版本保留。',
    LEFT,
    262 * MM,
    {
      width: WIDTH,
      align: 'center',
    },
  );
  doc.fillColor('#000');
}

function tableHeader(
  doc: PDFKit.PDFDocument,
  title: string,
  cols: { name: string; w: number }[],
  y: number,
): number {
  doc
    .font('sansBold')
    .fontSize(20)
    .text(title, LEFT, 22 * MM, { width: WIDTH, align: 'center', characterSpacing: 4 });
  let x = LEFT;
  doc.lineWidth(0.8).strokeColor('#000');
  for (const c of cols) {
    doc.rect(x, y, c.w, 10 * MM).stroke();
    doc
      .font('serifBold')
      .fontSize(11)
      .text(c.name, x, y + 3.2 * MM, { width: c.w, align: 'center' });
    x += c.w;
  }
  return y + 10 * MM;
}

function row(
  doc: PDFKit.PDFDocument,
  cols: { w: number; align?: 'left' | 'center' }[],
  cells: string[],
  y: number,
  h: number,
  size = 10.5,
): void {
  let x = LEFT;
  doc.lineWidth(0.5);
  cols.forEach((c, i) => {
    doc.rect(x, y, c.w, h).stroke();
    doc.font('serif').fontSize(size);
    const text = fit(doc, cells[i] ?? '', c.w - 3 * MM);
    doc.text(text, x + 1.5 * MM, y + (h - size) / 2, {
      width: c.w - 3 * MM,
      align: c.align ?? 'left',
      lineBreak: false,
    });
    x += c.w;
  });
}

function contents(
  doc: PDFKit.PDFDocument,
  input: CaseFileInput,
  pages: RenderedCaseFile['pages'],
  nPages: number,
): void {
  const cols = [
    { name: '序号', w: 11 * MM, align: 'center' as const },
    { name: '文书材料名称', w: 50 * MM },
    { name: '文号', w: 56 * MM },
    { name: '日期', w: 23 * MM, align: 'center' as const },
    { name: '页号', w: 11 * MM, align: 'center' as const },
    { name: '备注', w: WIDTH - 151 * MM },
  ];
  const entries: string[][] = input.documents.map((d, i) => [
    String(i + 1),
    d.title,
    d.number ?? '',
    d.date ?? '',
    String(pages.documents[i]),
    d.note || d.stageName,
  ]);
  const n = entries.length;
  entries.push([
    String(n + 1),
    '证据材料清单',
    '',
    '',
    String(pages.evidence),
    `${input.evidence.length} 项`,
  ]);
  entries.push([String(n + 2), '备考表', '', '', String(pages.note), '']);
  const h = 12 * MM;
  for (let p = 0; p < nPages; p++) {
    doc.addPage();
    let y = tableHeader(doc, p === 0 ? '卷内目录' : '卷内目录（续）', cols, 38 * MM);
    for (const e of entries.slice(p * CONTENT_ROWS, (p + 1) * CONTENT_ROWS)) {
      row(doc, cols, e, y, h);
      y += h;
    }
  }
}

const KIND_NAMES: Record<string, string> = { photo: '照片', audio: '录音', video: '音像', document: '书证' };

function evidenceList(doc: PDFKit.PDFDocument, evidence: EvidenceLine[], nPages: number): void {
  const cols = [
    { name: '序号', w: 11 * MM, align: 'center' as const },
    { name: '证据名称', w: 41 * MM },
    { name: '类别', w: 13 * MM, align: 'center' as const },
    { name: '采集时间', w: 34 * MM, align: 'center' as const },
    { name: '采集地点', w: 30 * MM },
    { name: '摘要（SHA-256）', w: WIDTH - 129 * MM },
  ];
  const h = 13 * MM;
  for (let p = 0; p < nPages; p++) {
    doc.addPage();
    let y = tableHeader(doc, p === 0 ? '证据材料清单' : '证据材料清单（续）', cols, 38 * MM);
    const slice = evidence.slice(p * EVIDENCE_ROWS, (p + 1) * EVIDENCE_ROWS);
    if (slice.length === 0) {
      doc
        .font('serif')
        .fontSize(12)
        .text('本案无关联的证据材料（照片、录音、音像）。', LEFT, y + 6 * MM, {
          width: WIDTH,
          align: 'center',
        });
    }
    slice.forEach((e, i) => {
      row(
        doc,
        cols,
        [
          String(p * EVIDENCE_ROWS + i + 1),
          `${e.title}${e.late ? '（逾期上传）' : ''}`,
          KIND_NAMES[e.kind] ?? e.kind,
          e.capturedAt,
          e.place,
          e.sha256.slice(0, 16),
        ],
        y,
        h,
        10,
      );
      y += h;
    });
    doc.font('serif').fontSize(9.5).fillColor('#444');
    doc.text(
      '证据原件随卷保存于导出包 evidence/ 目录，完整的 SM3 与 SHA-256 摘要见 manifest.json。',
      LEFT,
      272 * MM,
      { width: WIDTH },
    );
    doc.fillColor('#000');
  }
}

function closingNote(doc: PDFKit.PDFDocument, input: CaseFileInput, pageCount: number): void {
  doc.addPage();
  doc
    .font('sansBold')
    .fontSize(20)
    .text('备考表', LEFT, 22 * MM, { width: WIDTH, align: 'center', characterSpacing: 4 });
  const x0 = LEFT;
  const y0 = 38 * MM;
  const h = 200 * MM;
  doc.lineWidth(0.8).rect(x0, y0, WIDTH, h).stroke();
  const video = input.evidence.filter((e) => e.kind === 'video' || e.kind === 'audio').length;
  const lines = [
    `本卷共 ${pageCount} 页，其中执法文书 ${input.documents.length} 件，证据材料 ${input.evidence.length} 项（音像记录 ${video} 项）。`,
    ...input.note.remarks,
  ];
  doc.font('serif').fontSize(13);
  let y = y0 + 8 * MM;
  for (const l of lines) {
    doc.text(l, x0 + 8 * MM, y, { width: WIDTH - 16 * MM, indent: 26 });
    y = doc.y + 4 * MM;
  }
  doc.font('serif').fontSize(13);
  doc.text(`立卷人：${input.note.filedBy}`, x0 + 8 * MM, y0 + h - 30 * MM, { width: WIDTH - 16 * MM });
  doc.text(`立卷（封存）时间：${input.note.filedAt}`, x0 + 8 * MM, y0 + h - 20 * MM, {
    width: WIDTH - 16 * MM,
  });
}
