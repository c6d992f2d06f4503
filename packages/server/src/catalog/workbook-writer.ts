import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { InspectionItem, MatterItem } from './schemas.js';
import {
  type CatalogKindName,
  type CellValue,
  type ColumnSpec,
  DISCRETION_COLUMNS,
  discretionCells,
  inspectionCells,
  MAIN_COLUMNS,
  matterCells,
  SHEETS,
} from './workbook-layout.js';
import type { WorkbookReferences } from './workbook-references.js';

export interface WorkbookContent<K extends CatalogKindName> {
  kind: K;
  /** Shown in the workbook's properties and the help sheet: '行政执法事项清单 第3版（草稿）'. */
  title: string;
  /** The items in order, in batches (read page by page from the database). */
  batches: AsyncIterable<readonly (K extends 'matters' ? MatterItem : InspectionItem)[]>;
  refs: WorkbookReferences;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Drop-downs reach this far past the last written row, so rows staff add get them too. */
const MARGIN_ROWS = 2_000;
const MIN_LAST_ROW = 5_001;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9BB1CF' } };

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly ColumnSpec[],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
  });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: {
      // Text columns stay text, so a code like 001 keeps its zeros when staff type it.
      numFmt: c.numeric ? 'General' : '@',
      alignment: { vertical: 'top', wrapText: c.wrap ?? false },
    },
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = 30;
  header.eachCell((cell, col) => {
    cell.font = { bold: true, color: { argb: columns[col - 1]!.required ? 'FFC00000' : 'FF1F3864' } };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** exceljs supports data validation on streamed sheets, but its type declarations leave it out. */
function validations(sheet: ExcelJS.Worksheet) {
  return (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function addListValidation(
  sheet: ExcelJS.Worksheet,
  columns: readonly ColumnSpec[],
  key: string,
  formula: string,
  prompt: string,
  lastRow: number,
) {
  const col = columnLetter(columns.findIndex((c) => c.key === key) + 1);
  validations(sheet).add(`${col}2:${col}${lastRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '不在可选范围内',
    error: prompt,
  });
}

const inlineList = (values: readonly string[]) => `"${values.join(',')}"`;

/**
 * Writes a catalogue as a workbook in the import layout (workbook-layout.ts), streaming: rows go out as the
 * batches come in, so a large list never sits in memory as a workbook. Ends `output` when done.
 */
export async function writeCatalogWorkbook<K extends CatalogKindName>(
  output: Writable,
  content: WorkbookContent<K>,
): Promise<{ items: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '三项制度行政执法平台';
  workbook.created = new Date();
  workbook.title = content.title;
  const columns = MAIN_COLUMNS[content.kind];
  const units = [...content.refs.unitNames.values()];

  const main = addSheet(workbook, SHEETS[content.kind], columns);
  const tiers: CellValue[][] = [];
  let count = 0;
  for await (const batch of content.batches) {
    for (const item of batch) {
      if (content.kind === 'matters') {
        const m = item as MatterItem;
        main.addRow(matterCells(m, content.refs)).commit();
        for (const t of m.discretion) tiers.push(discretionCells(m.code, t));
      } else {
        main.addRow(inspectionCells(item as InspectionItem, content.refs)).commit();
      }
      count++;
    }
  }
  // Validations are written when the sheet is committed, so they can be sized to the rows written.
  const lastRow = Math.max(MIN_LAST_ROW, count + 1 + MARGIN_ROWS);
  if (content.kind === 'matters') {
    for (const c of columns)
      if (c.list && c.key !== 'responsibleUnitId')
        addListValidation(
          main,
          columns,
          c.key,
          inlineList(c.list),
          `请从下拉列表中选择：${c.list.join('、')}`,
          lastRow,
        );
    addListValidation(
      main,
      columns,
      'responsibleUnitId',
      `'${SHEETS.lists}'!$A$2:$A$${units.length + 1}`,
      '请从下拉列表中选择本局单位',
      lastRow,
    );
  } else {
    const col = columnLetter(columns.findIndex((c) => c.key === 'ratio') + 1);
    validations(main).add(`${col}2:${col}${lastRow}`, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0.01, 100],
      showErrorMessage: true,
      errorTitle: '抽查比例',
      error: '请填写大于0且不超过100的百分数',
    });
  }
  main.commit();

  if (content.kind === 'matters') {
    const sheet = addSheet(workbook, SHEETS.discretion, DISCRETION_COLUMNS);
    for (const cells of tiers) sheet.addRow(cells).commit();
    const tierLast = Math.max(MIN_LAST_ROW, tiers.length + 1 + MARGIN_ROWS);
    for (const c of DISCRETION_COLUMNS)
      if (c.list)
        addListValidation(
          sheet,
          DISCRETION_COLUMNS,
          c.key,
          inlineList(c.list),
          `请从下拉列表中选择：${c.list.join('、')}`,
          tierLast,
        );
    sheet.commit();
  }

  writeHelpSheet(workbook, content);

  const lists = workbook.addWorksheet(SHEETS.lists, { state: 'hidden' });
  lists.addRow(['责任单位']).commit();
  for (const name of units) lists.addRow([name]).commit();
  lists.commit();

  await workbook.commit();
  return { items: count };
}

function writeHelpSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  content: WorkbookContent<CatalogKindName>,
) {
  const help = workbook.addWorksheet(SHEETS.help);
  help.columns = [
    { width: 22 },
    { width: 10 },
    { width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  const title = help.addRow([content.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const notes = [
    '一、导入时按第一行的表头文字识别各列，列的顺序可以调整；请勿修改表头文字。红色表头为必填列。',
    '二、导入会以本工作簿的内容整体替换草稿版本中的全部事项：任何一行有问题，整份工作簿都不导入，并列出每个问题所在的行、列和原因。',
    '三、法律依据每行一条，只能引用法律法规库中已收录的条文，写到“条”为止（不写款、项）。',
    content.kind === 'matters'
      ? '四、每条依据前注明性质：“违法依据：”“处罚依据：”或“程序依据：”；裁量基准填写在「裁量基准」表中，每个裁量等次一行，以事项编码对应。'
      : '四、抽查比例填写百分数（如 5 表示 5%），最多两位小数。',
  ];
  for (const note of notes) help.addRow([note]).commit();
  help.addRow([]).commit();
  const sheets: [string, readonly ColumnSpec[]][] =
    content.kind === 'matters'
      ? [
          [SHEETS.matters, MAIN_COLUMNS.matters],
          [SHEETS.discretion, DISCRETION_COLUMNS],
        ]
      : [[SHEETS.inspections, MAIN_COLUMNS.inspections]];
  for (const [name, columns] of sheets) {
    const head = help.addRow([`「${name}」列`, '必填', '填写说明']);
    head.font = { bold: true };
    head.commit();
    for (const c of columns) help.addRow([c.header, c.required ? '是' : '', c.help]).commit();
    help.addRow([]).commit();
  }
  const head = help.addRow(['法律法规库收录', '', '书写时使用的名称（《》内）']);
  head.font = { bold: true };
  head.commit();
  for (const [id, lawTitle] of content.refs.lawTitles) {
    const unique = content.refs.lawsByTitle.get(lawTitle)?.length === 1;
    help.addRow([lawTitle, '', unique ? lawTitle : id]).commit();
  }
  help.commit();
}
