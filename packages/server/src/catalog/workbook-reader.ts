import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { InspectionItem, MatterItem } from './schemas.js';
import {
  type CatalogKindName,
  type ColumnSpec,
  checkInspection,
  checkMatter,
  DISCRETION_COLUMNS,
  type DiscretionReading,
  HEADER_ROW,
  type ImportProblem,
  isBlankRow,
  MAIN_COLUMNS,
  type MatterCandidate,
  type RowReading,
  readDiscretionRow,
  readInspectionRow,
  readMatterRow,
  SHEETS,
  type SheetRow,
} from './workbook-layout.js';
import type { WorkbookReferences } from './workbook-references.js';

/** Past this many, problems are counted but not listed (a garbage file must not make a huge report). */
export const MAX_LISTED_PROBLEMS = 10_000;

/**
 * A catalogue has hundreds of items, a large one a few thousand; a sheet past this is not a catalogue (or
 * is a zip bomb), and reading stops rather than spend minutes on it.
 */
export const MAX_DATA_ROWS = 50_000;

export class WorkbookTooLargeError extends Error {
  constructor() {
    super('too many rows for a catalogue');
    this.name = 'WorkbookTooLargeError';
  }
}

export interface WorkbookReading<K extends CatalogKindName> {
  /** The items in sheet order; empty whenever there are problems. */
  items: (K extends 'matters' ? MatterItem : InspectionItem)[];
  problems: ImportProblem[];
  /** Non-blank data rows of the main sheet. */
  rows: number;
}

export interface ReadOptions {
  /** Called every `progressEvery` data rows of the main sheet, awaited (the job row is updated there). */
  onProgress?: (rows: number) => Promise<void>;
  progressEvery?: number;
  /** Stop with WorkbookTooLargeError past this many data rows (default MAX_DATA_ROWS). */
  maxRows?: number;
}

type SheetRole = 'main' | 'discretion' | null;

const normalizeHeader = (text: string) =>
  text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/%/g, '%');

/** What a sheet is, from its header row: staff may rename sheets, not the headers that define them. */
function roleOf(kind: CatalogKindName, headers: Set<string>): SheetRole {
  if (kind === 'matters') {
    if (headers.has('裁量等次')) return 'discretion';
    if (headers.has('事项名称') && headers.has('法律依据')) return 'main';
    return null;
  }
  return headers.has('抽查主体') && headers.has('抽查对象') ? 'main' : null;
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return normalizeHeader(value);
  if (value && typeof value === 'object' && 'richText' in value)
    return normalizeHeader((value as { richText: { text: string }[] }).richText.map((r) => r.text).join(''));
  return value === null || value === undefined ? '' : normalizeHeader(String(value));
}

/** Column number → field key, for the headers that match the layout; missing required headers reported. */
function mapColumns(
  values: unknown[],
  columns: readonly ColumnSpec[],
  sheetLabel: string,
  problems: ImportProblem[],
): Map<number, string> {
  const byHeader = new Map(columns.map((c) => [normalizeHeader(c.header), c]));
  const map = new Map<number, string>();
  const seen = new Set<string>();
  values.forEach((value, col) => {
    const spec = byHeader.get(headerText(value));
    if (!spec) return;
    if (seen.has(spec.key)) {
      problems.push({
        row: HEADER_ROW,
        column: `${sheetLabel}·${spec.header}`,
        reason: `“${spec.header}”列出现了两次`,
        reasonEn: `The column ${spec.headerEn} appears twice`,
      });
      return;
    }
    seen.add(spec.key);
    map.set(col, spec.key);
  });
  for (const spec of columns)
    if (!seen.has(spec.key) && (spec.required || spec.key === 'penaltyKinds'))
      problems.push({
        row: HEADER_ROW,
        column: `${sheetLabel}·${spec.header}`,
        reason: `工作表「${sheetLabel}」缺少“${spec.header}”列（第一行须为表头）`,
        reasonEn: `Sheet ${sheetLabel} has no column ${spec.headerEn} (row 1 must hold the headers)`,
      });
  return map;
}

function rowValues(values: unknown[], columns: Map<number, string>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [col, key] of columns) out.set(key, values[col]);
  return out;
}

/**
 * Reads a catalogue workbook as a stream (exceljs' streaming reader: the rows are never all held as cell
 * objects), checks every row and cell against the layout (workbook-layout.ts) and the item schema, and
 * returns either every item or every problem. Nothing here touches the database: the references come in.
 */
export async function readCatalogWorkbook<K extends CatalogKindName>(
  input: Readable,
  kind: K,
  refs: WorkbookReferences,
  options: ReadOptions = {},
): Promise<WorkbookReading<K>> {
  const every = options.progressEvery ?? 250;
  const problems: ImportProblem[] = [];
  const mainLabel = SHEETS[kind];
  const main: RowReading<MatterCandidate | InspectionItem>[] = [];
  const tiers: DiscretionReading[] = [];
  const codeRows = new Map<string, number>();
  let foundMain = false;
  let rows = 0;

  const reader = utf8Safe(
    new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    }),
  );
  for await (const worksheet of reader) {
    let role: SheetRole = null;
    let columns = new Map<number, string>();
    let decided = false;
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      if (!decided) {
        decided = true;
        // A sheet whose first row is not row 1 has no header row: not one of ours (drained below).
        role = row.number === HEADER_ROW ? roleOf(kind, new Set(values.map(headerText))) : null;
        if (role === 'main' && foundMain) role = null; // a second copy of the sheet: the first one counts
        if (role === 'main') foundMain = true;
        if (role === null) continue;
        columns = mapColumns(
          values,
          role === 'main' ? MAIN_COLUMNS[kind] : DISCRETION_COLUMNS,
          role === 'main' ? mainLabel : SHEETS.discretion,
          problems,
        );
        continue;
      }
      if (!role) continue; // drain the sheet: the streaming reader needs every row consumed
      const sheetRow: SheetRow = { row: row.number, values: rowValues(values, columns) };
      if (isBlankRow(sheetRow.values)) continue;
      if (role === 'discretion') {
        tiers.push(readDiscretionRow(sheetRow, problems));
        continue;
      }
      const reading =
        kind === 'matters'
          ? readMatterRow(sheetRow, refs, problems)
          : readInspectionRow(sheetRow, refs, problems);
      const code = reading.candidate.code;
      const first = code ? codeRows.get(code) : undefined;
      if (first !== undefined) {
        problems.push({
          row: row.number,
          column: '事项编码',
          reason: `事项编码“${code}”与第${first}行重复`,
          reasonEn: `Code ${code} is already used on row ${first}`,
        });
        reading.failed.add('code');
      } else if (code) codeRows.set(code, row.number);
      main.push(reading);
      rows++;
      if (rows > (options.maxRows ?? MAX_DATA_ROWS)) throw new WorkbookTooLargeError();
      if (options.onProgress && rows % every === 0) await options.onProgress(rows);
    }
  }

  if (!foundMain) {
    const other = kind === 'matters' ? SHEETS.inspections : SHEETS.matters;
    problems.push({
      row: HEADER_ROW,
      column: mainLabel,
      reason: `找不到「${mainLabel}」工作表（第一行须为表头，含“事项编码”等列）；如果这是一份${other}，请在对应的清单中导入`,
      reasonEn: `No ${kind === 'matters' ? 'matters' : 'inspection'} sheet found (row 1 must hold the headers); is this the other list?`,
    });
  }

  const items: (MatterItem | InspectionItem)[] = [];
  if (kind === 'matters') {
    const byCode = new Map<string, DiscretionReading[]>();
    for (const t of tiers) {
      if (!t.code) continue;
      if (!codeRows.has(t.code)) {
        problems.push({
          row: t.row,
          column: `${SHEETS.discretion}·事项编码`,
          reason: `事项编码“${t.code}”在「${mainLabel}」表中不存在`,
          reasonEn: `No matter with code ${t.code} in the matters sheet`,
        });
        continue;
      }
      const list = byCode.get(t.code) ?? [];
      list.push(t);
      byCode.set(t.code, list);
    }
    for (const reading of main) {
      const item = checkMatter(
        reading as RowReading<MatterCandidate>,
        reading.failed.has('code') ? [] : (byCode.get(reading.candidate.code) ?? []),
        problems,
      );
      if (item) items.push(item);
    }
  } else {
    for (const reading of main) {
      const item = checkInspection(reading as RowReading<InspectionItem>, problems);
      if (item) items.push(item);
    }
  }
  if (options.onProgress && rows % every !== 0) await options.onProgress(rows);

  const position = columnPositions(kind);
  const ordered = problems.sort(
    (a, b) =>
      sheetOrder(a.column) - sheetOrder(b.column) ||
      a.row - b.row ||
      (position.get(a.column) ?? 99) - (position.get(b.column) ?? 99),
  );
  const listed =
    ordered.length > MAX_LISTED_PROBLEMS
      ? [
          ...ordered.slice(0, MAX_LISTED_PROBLEMS),
          {
            row: 0,
            column: '',
            reason: `另有 ${ordered.length - MAX_LISTED_PROBLEMS} 处问题未列出，请先修正以上问题`,
            reasonEn: `${ordered.length - MAX_LISTED_PROBLEMS} more problems not listed; fix those above first`,
          },
        ]
      : ordered;
  return {
    items: (listed.length === 0 ? items : []) as WorkbookReading<K>['items'],
    problems: listed,
    rows,
  };
}

/** Main-sheet problems first, then those of 「裁量基准」, each in row order. */
/** Left-to-right order of the columns a problem can name, so a row's problems read as the row does. */
function columnPositions(kind: CatalogKindName): Map<string, number> {
  return new Map([
    ...MAIN_COLUMNS[kind].map((c, i) => [c.header, i] as const),
    ...DISCRETION_COLUMNS.map((c, i) => [`${SHEETS.discretion}·${c.header}`, i] as const),
  ]);
}

function sheetOrder(column: string): number {
  return column.startsWith(`${SHEETS.discretion}·`) ? 1 : 0;
}

// exceljs 4.4's streaming reader decodes each chunk of XML on its own (utils/browser-buffer-decode.js), so a
// character whose UTF-8 bytes straddle two chunks comes out as U+FFFD: with Chinese text (3 bytes a
// character) a long list loses a character every few thousand. Until that is fixed upstream, the reader is
// given text instead of bytes: each part it parses is decoded with a StringDecoder, which carries an
// incomplete character over to the next chunk, and exceljs passes strings through unchanged. This touches
// three internal methods of WorkbookReader (4.4.0); the test "keeps every Chinese character across chunk
// boundaries" fails if an upgrade changes them.
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<unknown>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorkbook(entry: Readable): Promise<void>;
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function utf8Safe<T extends ExcelJS.stream.xlsx.WorkbookReader>(reader: T): T {
  const r = reader as unknown as ReaderInternals;
  for (const method of ['_parseWorksheet', '_parseSharedStrings', '_parseWorkbook'] as const)
    if (typeof r[method] !== 'function')
      throw new Error(`exceljs WorkbookReader has no ${method}: check workbook-reader.ts`);
  const parseWorksheet = r._parseWorksheet.bind(r);
  const parseSharedStrings = r._parseSharedStrings.bind(r);
  const parseWorkbook = r._parseWorkbook.bind(r);
  r._parseWorksheet = (iterator, sheetNo) => {
    // exceljs looks the sheet's name up in the workbook model, which is only there once xl/workbook.xml has
    // been read; a zip that stores a sheet before it (the streaming writer's entry order varies) made it
    // throw. Sheets are recognised by their header row here, so an empty model is enough.
    const withModel = r as unknown as { model?: { sheets?: unknown[] } };
    withModel.model ??= { sheets: [] };
    return parseWorksheet(decodeUtf8(iterator), sheetNo);
  };
  r._parseSharedStrings = (entry) => parseSharedStrings(entry.setEncoding('utf8'));
  r._parseWorkbook = (entry) => parseWorkbook(entry.setEncoding('utf8'));
  return reader;
}
