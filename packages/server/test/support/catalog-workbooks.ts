import ExcelJS from 'exceljs';

// Workbooks as staff make them in Excel (not through the exporter): the regular, non-streaming exceljs
// writer with shared strings, sheets named and ordered as the layout says, columns found by header.

export type Row = Record<string, string | number | boolean | null>;

export async function workbookFrom(sheets: { name: string; rows: Row[] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    const headers = [...new Set(sheet.rows.flatMap((r) => Object.keys(r)))];
    ws.addRow(headers);
    for (const r of sheet.rows) ws.addRow(headers.map((h) => r[h] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One generated matter row; articles of 城市道路管理条例 (45 articles) cycle so lookups vary. */
export function matterRow(i: number): Row {
  const code = `CG-CF-${String(i).padStart(5, '0')}`;
  return {
    事项编码: code,
    事项名称: `对违反城市道路管理规定行为的处罚（${i}）`,
    事项类别: '行政处罚',
    实施主体: '如皋市城市管理局',
    职责: '依法查处擅自占用、挖掘城市道路等违法行为',
    权限: '责令限期改正，可以处以罚款',
    法律依据: `违法依据：《城市道路管理条例》第${(i % 40) + 1}条\n处罚依据：《城市道路管理条例》第四十二条`,
    处罚种类: '警告、罚款',
    是否适用听证: i % 7 === 0 ? '是' : '否',
    适用程序: '普通程序',
    救济途径: '当事人对处罚决定不服的，可以在收到决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼',
    责任单位: ['一中队', '二中队', '三中队'][i % 3]!,
    所需材料: '身份证明\n现场照片',
    办理流程: '立案—调查取证—告知—决定—送达—执行',
    办理时限: '自立案之日起九十日内',
    收费标准: '不收费',
    咨询方式: '0513-87654321',
    投诉渠道: '12345',
  };
}

export function discretionRows(i: number): Row[] {
  const code = `CG-CF-${String(i).padStart(5, '0')}`;
  return [
    {
      事项编码: code,
      裁量等次: '从轻处罚',
      当事人类型: '不区分',
      适用情形: '首次违法，及时改正',
      '罚款下限（元）': 500,
      '罚款上限（元）': 2000,
      处理措施: '责令限期改正',
    },
    {
      事项编码: code,
      裁量等次: '从重处罚',
      当事人类型: '单位',
      适用情形: '拒不改正或造成严重后果',
      '罚款下限（元）': 10000,
      '罚款上限（元）': 20000,
      处理措施: '责令限期改正',
    },
  ];
}

/** A matters workbook of n generated rows, each with two discretion tiers. */
export async function generatedMattersWorkbook(n: number): Promise<Buffer> {
  const rows: Row[] = [];
  const tiers: Row[] = [];
  for (let i = 1; i <= n; i++) {
    rows.push(matterRow(i));
    tiers.push(...discretionRows(i));
  }
  return workbookFrom([
    { name: '行政执法事项', rows },
    { name: '裁量基准', rows: tiers },
  ]);
}
