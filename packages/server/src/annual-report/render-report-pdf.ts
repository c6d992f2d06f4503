import PDFDocument from 'pdfkit';
import { loadFonts, registerFonts } from '../documents/render/fonts.js';
import { MM } from '../documents/render/page-layout.js';
import type { AnnualFigures } from './figures.js';
import { actRows, matterRows, otherRows, remedyRows } from './report-rows.js';

// P-11: the annual report as an A4 PDF, set in the Noto CJK faces the documents use (documents/render).
// Tables are drawn cell by cell with their own pagination; the act counts also as a bar chart.

const LEFT = 20 * MM;
const WIDTH = 170 * MM;
const TOP = 20 * MM;
const BOTTOM = 297 * MM - 18 * MM;

export async function renderAnnualReportPdf(
  bureauName: string,
  f: AnnualFigures,
  statusNote: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    bufferPages: true,
    info: { Title: `${bureauName}${f.year}年度行政执法数据统计报告` },
  });
  registerFonts(doc, loadFonts());
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let y = TOP;

  const ensure = (h: number) => {
    if (y + h > BOTTOM) {
      doc.addPage({ size: 'A4', margin: 0 });
      y = TOP;
    }
  };
  const heading = (text: string) => {
    // Keep a heading with the first rows of its table.
    ensure(90);
    y += 8;
    doc.font('sansBold').fontSize(13).fillColor('#000').text(text, LEFT, y, { width: WIDTH });
    y += 22;
  };
  const table = (headers: string[], widths: number[], rows: string[][]) => {
    const total = widths.reduce((a, b) => a + b, 0);
    const ws = widths.map((w) => (w / total) * WIDTH);
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'serifBold' : 'serif').fontSize(10);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: ws[i]! - 8 }))) + 8;
      ensure(h);
      let x = LEFT;
      cells.forEach((c, i) => {
        if (bold) doc.rect(x, y, ws[i]!, h).fillColor('#f0f0f0').fill();
        doc.rect(x, y, ws[i]!, h).lineWidth(0.5).strokeColor('#666').stroke();
        doc.fillColor('#000').text(c, x + 4, y + 4, { width: ws[i]! - 8 });
        x += ws[i]!;
      });
      y += h;
    };
    drawRow(headers, true);
    for (const r of rows) {
      if (y + 20 > BOTTOM) {
        doc.addPage({ size: 'A4', margin: 0 });
        y = TOP;
        drawRow(headers, true);
      }
      drawRow(r, false);
    }
    y += 6;
  };

  doc.font('serifBold').fontSize(18).fillColor('#000');
  doc.text(`${bureauName}`, LEFT, y, { width: WIDTH, align: 'center' });
  y += 28;
  doc.text(`${f.year}年度行政执法数据统计报告`, LEFT, y, { width: WIDTH, align: 'center' });
  y += 30;
  doc.font('serif').fontSize(10.5).fillColor('#333');
  doc.text(`统计期间：${f.year}年1月1日至${f.asOf}${statusNote ? `　${statusNote}` : ''}`, LEFT, y, {
    width: WIDTH,
    align: 'center',
  });
  y += 24;

  heading('一、行政执法行为数量');
  const acts = actRows(f);
  table(['类别', '件数', '统计口径'], [2, 1.2, 6], acts);
  // Bar chart of the act counts.
  const max = Math.max(1, ...f.acts.map((a) => a.count));
  ensure(f.acts.length * 20 + 10);
  f.acts.forEach((a, i) => {
    const by = y + i * 20;
    doc
      .font('serif')
      .fontSize(10)
      .fillColor('#000')
      .text(a.name, LEFT, by + 3, { width: 60, align: 'right' });
    const w = (a.count / max) * (WIDTH - 140);
    if (w > 0)
      doc
        .rect(LEFT + 70, by + 3, w, 12)
        .fillColor('#a8071a')
        .fill();
    doc
      .fillColor('#000')
      .text(a.hasPower || a.count > 0 ? String(a.count) : '无此职权', LEFT + 76 + w, by + 3);
  });
  y += f.acts.length * 20 + 10;

  heading('二、罚没、听证和法制审核');
  table(['项目', '数值'], [5, 2], otherRows(f));
  heading('三、行政复议和行政诉讼');
  table(['项目', '行政复议', '行政诉讼'], [5, 1.2, 1.2], remedyRows(f));
  heading('四、分月执法行为');
  table(
    ['月份', '行政处罚', '行政强制', '行政检查'],
    [1, 1, 1, 1],
    Array.from({ length: 12 }, (_, m) => [
      `${m + 1}月`,
      String(f.monthly.penalty[m]),
      String(f.monthly.coercion[m]),
      String(f.monthly.inspection[m]),
    ]),
  );
  heading('五、分事项执法行为（清单内职权，未行使的为0）');
  table(['事项编码', '事项名称', '类别', '件数'], [2.2, 5, 1.3, 0.8], matterRows(f));

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font('serif')
      .fontSize(9)
      .fillColor('#666')
      .text(`— ${i + 1} / ${range.count} —`, LEFT, 297 * MM - 12 * MM, {
        width: WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
