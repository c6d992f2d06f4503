import ExcelJS from 'exceljs';
import type { AnnualFigures } from './figures.js';
import { actRows, matterRows, otherRows, remedyRows } from './report-rows.js';

// P-11: the annual report as a workbook, for the city government and the judicial bureau (报市政府和上级).

export async function annualReportWorkbook(
  bureauName: string,
  f: AnnualFigures,
  statusNote: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = bureauName;
  wb.created = new Date();
  const title = `${bureauName}${f.year}年度行政执法数据统计`;
  const sheet = (name: string, headers: string[], rows: string[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.addRow([title]).font = { bold: true, size: 14 };
    ws.addRow([`统计截至 ${f.asOf}${statusNote ? ` · ${statusNote}` : ''}`]);
    const head = ws.addRow(headers);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
      c.border = { bottom: { style: 'thin' } };
    });
    for (const r of rows) {
      const row = ws.addRow(r.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
      row.alignment = { vertical: 'top', wrapText: true };
    }
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    return ws;
  };
  sheet('执法行为', ['类别', '件数', '统计口径'], actRows(f), [16, 12, 60]);
  sheet(
    '罚款听证审核',
    ['项目', '数值'],
    otherRows(f).map((r) => [r[0], r[1].replace(/,/g, '')]),
    [40, 18],
  );
  sheet('复议诉讼', ['项目', '行政复议', '行政诉讼'], remedyRows(f), [44, 12, 12]);
  sheet('分事项', ['事项编码', '事项名称', '类别', '件数'], matterRows(f), [22, 50, 12, 10]);
  const months = wb.addWorksheet('分月');
  months.addRow(['月份', '行政处罚', '行政强制', '行政检查']).font = { bold: true };
  for (let m = 0; m < 12; m++)
    months.addRow([`${m + 1}月`, f.monthly.penalty[m], f.monthly.coercion[m], f.monthly.inspection[m]]);
  months.columns.forEach((c) => {
    c.width = 12;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
