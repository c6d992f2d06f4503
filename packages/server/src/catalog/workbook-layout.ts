import { parseChineseNumeral } from '@sanxiang/core';
import type { z } from 'zod';
import { basisLabel } from '../laws/assert-legal-bases.js';
import {
  type BASIS_ROLES,
  DISCRETION_TIERS,
  type InspectionItem,
  inspectionItem,
  MATTER_CATEGORIES,
  type MatterItem,
  matterItem,
  type PARTY_TYPES,
  PENALTY_KINDS,
  type PROCEDURES,
} from './schemas.js';
import { articleKey, type WorkbookReferences } from './workbook-references.js';

/*
 * The Excel layout of the two catalogues (P-03 行政执法事项清单, P-04 随机抽查事项清单): what export writes and
 * import reads, so a list exported, edited in Excel or WPS and imported again comes back item for item.
 *
 * Matters (kind 'matters'):
 *   sheet 「行政执法事项」  one row per matter; row 1 holds the headers below (frozen, filtered).
 *   sheet 「裁量基准」      one row per discretion tier (裁量基准), tied to its matter by 事项编码; the tiers of a
 *                          matter are read in row order. A matter with no tiers has no rows here.
 *   sheet 「填写说明」      how to fill every column (ignored on import).
 *   sheet 「选项」          hidden; the lists the drop-downs use (units, categories…). Ignored on import.
 * Inspections (kind 'inspections'):
 *   sheet 「随机抽查事项」  one row per item, exactly the plan's fields; then 「填写说明」.
 *
 * Columns are found by their header text, so staff may reorder columns or add their own (extra columns are
 * ignored); a missing required header is reported once, on row 1.
 *
 * Cells (export writes the first form; import also accepts the others):
 *   法律依据   one basis per line:  违法依据：《城市道路管理条例》第二十七条
 *                                  处罚依据：《城市道路管理条例》第四十二条之一
 *              The role prefix (违法依据/处罚依据/程序依据) is required for matters and absent for inspection
 *              items. Lines may also be separated by ；. One law may be followed by several articles
 *              (《城市道路管理条例》第二十七条、第四十二条) and 第42条 may be written in Arabic digits. The law is named
 *              by its title in the law library (中华人民共和国 may be left out); if two laws share a title, export
 *              writes the library's identifier instead, 《urban-road-regulation-2019》, which import accepts
 *              too. Only articles can be cited (not 款/项): the library's unit is the article. Line order is
 *              the order of the item's bases, so the round trip is exact.
 *   处罚种类   separated by 、 (or ，；, new lines): 警告、罚款
 *   是否适用听证  是 / 否
 *   适用程序   简易程序 / 普通程序 / 查封扣押 / 强制拆除 / 行政检查 (the code, e.g. general, also works)
 *   责任单位   the unit's full name (short name or id also work)
 *   当事人类型  自然人 / 单位 / 不区分
 *   罚款下限（元）/ 罚款上限（元）  numbers, empty for none (5,000 and 5000元 are read as 5000)
 *   抽查比例（%）  a number of percent, 0 < r ≤ 100, at most two decimals (5% and 5 are both 5)
 *   service guide  six plain text columns on the matters sheet (所需材料 … 投诉渠道), multi-line allowed.
 *
 * Problems are reported as {row, column, reason, reasonEn}: the Excel row number, and the column's header
 * (prefixed with the sheet name for sheets other than the main one, e.g. 「裁量基准·罚款上限（元）」). Row 1
 * with a column means a missing or doubled header; row 0 with an empty column concerns the whole workbook
 * (unreadable file, interrupted job). Main-sheet problems come first, then 「裁量基准」, each in row and
 * column order; past 10,000 the rest are counted, not listed, and a sheet of more than 50,000 rows is refused.
 */

export type CatalogKindName = 'matters' | 'inspections';

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
  reasonEn: string;
}

export const SHEETS = {
  matters: '行政执法事项',
  inspections: '随机抽查事项',
  discretion: '裁量基准',
  help: '填写说明',
  lists: '选项',
} as const;

export const HEADER_ROW = 1;

export interface ColumnSpec {
  /** The item field (dotted for the guide: 'guide.materials'). */
  key: string;
  header: string;
  headerEn: string;
  width: number;
  required: boolean;
  /** One line for the 填写说明 sheet. */
  help: string;
  /** Values offered as a drop-down (data validation). */
  list?: readonly string[];
  wrap?: boolean;
  numeric?: boolean;
}

export const PROCEDURE_LABELS: Record<(typeof PROCEDURES)[number], string> = {
  simple: '简易程序',
  general: '普通程序',
  seizure: '查封扣押',
  demolition: '强制拆除',
  inspection: '行政检查',
};

export const PARTY_LABELS: Record<(typeof PARTY_TYPES)[number], string> = {
  person: '自然人',
  organisation: '单位',
  any: '不区分',
};

export const ROLE_LABELS: Record<(typeof BASIS_ROLES)[number], string> = {
  violation: '违法依据',
  penalty: '处罚依据',
  procedure: '程序依据',
};

const YES = '是';
const NO = '否';

export const MATTER_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    header: '事项编码',
    headerEn: 'Code',
    width: 14,
    required: true,
    help: '本清单内唯一，字母、数字和连字符，如 CG-CF-001',
  },
  {
    key: 'name',
    header: '事项名称',
    headerEn: 'Name',
    width: 32,
    required: true,
    help: '不超过200字',
    wrap: true,
  },
  {
    key: 'category',
    header: '事项类别',
    headerEn: 'Category',
    width: 11,
    required: true,
    help: MATTER_CATEGORIES.join('、'),
    list: MATTER_CATEGORIES,
  },
  {
    key: 'actingBody',
    header: '实施主体',
    headerEn: 'Acting body',
    width: 18,
    required: true,
    help: '如：如皋市城市管理局',
  },
  {
    key: 'duties',
    header: '职责',
    headerEn: 'Duties',
    width: 30,
    required: true,
    help: '不超过2000字',
    wrap: true,
  },
  {
    key: 'authority',
    header: '权限',
    headerEn: 'Authority',
    width: 30,
    required: true,
    help: '不超过2000字',
    wrap: true,
  },
  {
    key: 'bases',
    header: '法律依据',
    headerEn: 'Legal bases',
    width: 46,
    required: true,
    help: '每行一条，如：违法依据：《城市道路管理条例》第二十七条；前缀为违法依据、处罚依据或程序依据',
    wrap: true,
  },
  {
    key: 'penaltyKinds',
    header: '处罚种类',
    headerEn: 'Kinds of penalty',
    width: 18,
    required: false,
    help: `用“、”分隔，可选：${PENALTY_KINDS.join('、')}；行政处罚事项至少一种`,
    wrap: true,
  },
  {
    key: 'hearingApplicable',
    header: '是否适用听证',
    headerEn: 'Hearing applicable',
    width: 9,
    required: true,
    help: '是 或 否',
    list: [YES, NO],
  },
  {
    key: 'procedure',
    header: '适用程序',
    headerEn: 'Procedure',
    width: 11,
    required: true,
    help: Object.values(PROCEDURE_LABELS).join('、'),
    list: Object.values(PROCEDURE_LABELS),
  },
  {
    key: 'remedies',
    header: '救济途径',
    headerEn: 'Remedies',
    width: 30,
    required: true,
    help: '不超过1000字',
    wrap: true,
  },
  {
    key: 'responsibleUnitId',
    header: '责任单位',
    headerEn: 'Responsible unit',
    width: 22,
    required: true,
    help: '本局单位全称（见下拉列表）',
  },
  {
    key: 'guide.materials',
    header: '所需材料',
    headerEn: 'Materials',
    width: 24,
    required: false,
    help: '服务指南；可多行',
    wrap: true,
  },
  {
    key: 'guide.steps',
    header: '办理流程',
    headerEn: 'Steps',
    width: 24,
    required: false,
    help: '服务指南；可多行',
    wrap: true,
  },
  {
    key: 'guide.timeLimit',
    header: '办理时限',
    headerEn: 'Time limit',
    width: 16,
    required: false,
    help: '服务指南',
    wrap: true,
  },
  {
    key: 'guide.fees',
    header: '收费标准',
    headerEn: 'Fees',
    width: 12,
    required: false,
    help: '服务指南',
    wrap: true,
  },
  {
    key: 'guide.consultation',
    header: '咨询方式',
    headerEn: 'Consultation',
    width: 18,
    required: false,
    help: '服务指南',
    wrap: true,
  },
  {
    key: 'guide.complaint',
    header: '投诉渠道',
    headerEn: 'Complaints',
    width: 18,
    required: false,
    help: '服务指南',
    wrap: true,
  },
];

export const DISCRETION_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    header: '事项编码',
    headerEn: 'Code',
    width: 14,
    required: true,
    help: '对应「行政执法事项」表中的事项编码',
  },
  {
    key: 'tier',
    header: '裁量等次',
    headerEn: 'Tier',
    width: 11,
    required: true,
    help: DISCRETION_TIERS.join('、'),
    list: DISCRETION_TIERS,
  },
  {
    key: 'partyType',
    header: '当事人类型',
    headerEn: 'Party type',
    width: 10,
    required: true,
    help: Object.values(PARTY_LABELS).join('、'),
    list: Object.values(PARTY_LABELS),
  },
  {
    key: 'conditions',
    header: '适用情形',
    headerEn: 'Conditions',
    width: 46,
    required: true,
    help: '不超过1000字',
    wrap: true,
  },
  {
    key: 'fineMin',
    header: '罚款下限（元）',
    headerEn: 'Minimum fine (yuan)',
    width: 14,
    required: false,
    help: '数字，不设罚款留空',
    numeric: true,
  },
  {
    key: 'fineMax',
    header: '罚款上限（元）',
    headerEn: 'Maximum fine (yuan)',
    width: 14,
    required: false,
    help: '数字，不设罚款留空',
    numeric: true,
  },
  {
    key: 'measures',
    header: '处理措施',
    headerEn: 'Measures',
    width: 30,
    required: false,
    help: '不超过1000字',
    wrap: true,
  },
];

export const INSPECTION_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    header: '事项编码',
    headerEn: 'Code',
    width: 14,
    required: true,
    help: '本清单内唯一，字母、数字和连字符，如 CG-CC-001',
  },
  {
    key: 'subject',
    header: '抽查主体',
    headerEn: 'Inspecting body',
    width: 18,
    required: true,
    help: '不超过100字',
  },
  {
    key: 'basis',
    header: '抽查依据',
    headerEn: 'Basis (text)',
    width: 36,
    required: true,
    help: '文字表述，不超过2000字',
    wrap: true,
  },
  {
    key: 'bases',
    header: '法律依据',
    headerEn: 'Legal bases',
    width: 40,
    required: true,
    help: '每行一条，如：《城市市容和环境卫生管理条例》第十条',
    wrap: true,
  },
  {
    key: 'object',
    header: '抽查对象',
    headerEn: 'Object',
    width: 24,
    required: true,
    help: '不超过500字',
    wrap: true,
  },
  {
    key: 'content',
    header: '抽查内容',
    headerEn: 'Content',
    width: 30,
    required: true,
    help: '不超过2000字',
    wrap: true,
  },
  {
    key: 'ratio',
    header: '抽查比例（%）',
    headerEn: 'Ratio (%)',
    width: 12,
    required: true,
    help: '百分数，大于0且不超过100，最多两位小数',
    numeric: true,
  },
  {
    key: 'method',
    header: '抽查方式',
    headerEn: 'Method',
    width: 20,
    required: true,
    help: '不超过500字',
    wrap: true,
  },
  {
    key: 'frequency',
    header: '抽查频次',
    headerEn: 'Frequency',
    width: 14,
    required: true,
    help: '不超过200字',
  },
];

export const MAIN_COLUMNS: Record<CatalogKindName, readonly ColumnSpec[]> = {
  matters: MATTER_COLUMNS,
  inspections: INSPECTION_COLUMNS,
};

// ---------------------------------------------------------------- item → cells (export)

export type CellValue = string | number | null;

/** How a law is named in a cell: its title, or its identifier when the title is not unique. */
function lawName(lawId: string, refs: WorkbookReferences): string {
  const title = refs.lawTitles.get(lawId);
  return title && refs.lawsByTitle.get(title)?.length === 1 ? title : lawId;
}

export function formatBases(
  bases: readonly {
    lawId: string;
    article: number;
    suffix?: string | undefined;
    role?: string | undefined;
  }[],
  refs: WorkbookReferences,
): string {
  return bases
    .map((b) => {
      const role = b.role ? `${ROLE_LABELS[b.role as keyof typeof ROLE_LABELS]}：` : '';
      return `${role}《${lawName(b.lawId, refs)}》${basisLabel(b.article, b.suffix ?? '')}`;
    })
    .join('\n');
}

export function matterCells(m: MatterItem, refs: WorkbookReferences): CellValue[] {
  const values: Record<string, CellValue> = {
    code: m.code,
    name: m.name,
    category: m.category,
    actingBody: m.actingBody,
    duties: m.duties,
    authority: m.authority,
    bases: formatBases(m.bases, refs),
    penaltyKinds: m.penaltyKinds.join('、'),
    hearingApplicable: m.hearingApplicable ? YES : NO,
    procedure: PROCEDURE_LABELS[m.procedure],
    remedies: m.remedies,
    responsibleUnitId: refs.unitNames.get(m.responsibleUnitId) ?? m.responsibleUnitId,
    'guide.materials': m.guide.materials,
    'guide.steps': m.guide.steps,
    'guide.timeLimit': m.guide.timeLimit,
    'guide.fees': m.guide.fees,
    'guide.consultation': m.guide.consultation,
    'guide.complaint': m.guide.complaint,
  };
  return MATTER_COLUMNS.map((c) => values[c.key] ?? null);
}

export function discretionCells(code: string, t: MatterItem['discretion'][number]): CellValue[] {
  const values: Record<string, CellValue> = {
    code,
    tier: t.tier,
    partyType: PARTY_LABELS[t.partyType],
    conditions: t.conditions,
    fineMin: t.fineMin,
    fineMax: t.fineMax,
    measures: t.measures,
  };
  return DISCRETION_COLUMNS.map((c) => values[c.key] ?? null);
}

export function inspectionCells(i: InspectionItem, refs: WorkbookReferences): CellValue[] {
  const values: Record<string, CellValue> = {
    code: i.code,
    subject: i.subject,
    basis: i.basis,
    bases: formatBases(i.bases, refs),
    object: i.object,
    content: i.content,
    ratio: i.ratio,
    method: i.method,
    frequency: i.frequency,
  };
  return INSPECTION_COLUMNS.map((c) => values[c.key] ?? null);
}

// ---------------------------------------------------------------- cells → item (import)

/** The text of a cell whatever exceljs made of it: rich text, hyperlinks, formula results, numbers. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return cellText(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value).trim();
}

type Reason = { reason: string; reasonEn: string };

/** A number from a numeric cell or from text such as '5,000', '5000元', '5%'. */
export function cellNumber(value: unknown): number | null | Reason {
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : { reason: '不是有效数字', reasonEn: 'Not a number' };
  const inner =
    value && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : value;
  if (typeof inner === 'number') return inner;
  const text = cellText(inner)
    .replace(/[,，\s]/g, '')
    .replace(/(元|%|％)$/, '');
  if (text === '') return null;
  const n = Number(text);
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) || !Number.isFinite(n))
    return { reason: `“${cellText(inner)}”不是有效数字`, reasonEn: `"${cellText(inner)}" is not a number` };
  return n;
}

const isReason = (v: unknown): v is Reason => typeof v === 'object' && v !== null && 'reason' in v;

export interface ParsedBasis {
  lawId: string;
  article: number;
  suffix?: string;
  role?: (typeof BASIS_ROLES)[number];
}

const ROLE_PREFIX = /^(违法|处罚|程序)依据\s*[:：]\s*/;
const ROLE_BY_LABEL: Record<string, (typeof BASIS_ROLES)[number]> = {
  违法: 'violation',
  处罚: 'penalty',
  程序: 'procedure',
};
const ARTICLE = /^第\s*([零〇一二三四五六七八九十百千]+|\d+)\s*条(之[一二三四五六七八九十]+)?/;

/**
 * Reads a 法律依据 cell (grammar in the header comment). Every citation that cannot be read, names a law the
 * library does not hold, or an article the law does not have, is one reason; the bases that could be read
 * are returned in cell order.
 */
export function parseBases(
  text: string,
  refs: WorkbookReferences,
  withRole: boolean,
): { bases: ParsedBasis[]; errors: Reason[] } {
  const bases: ParsedBasis[] = [];
  const errors: Reason[] = [];
  const lines = text
    .split(/[\n；;]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    let rest = line;
    let role: ParsedBasis['role'];
    const prefix = ROLE_PREFIX.exec(rest);
    if (prefix) {
      role = ROLE_BY_LABEL[prefix[1]!];
      rest = rest.slice(prefix[0].length);
    } else if (withRole) {
      errors.push({
        reason: `“${line}”前须注明“违法依据：”“处罚依据：”或“程序依据：”`,
        reasonEn: `"${line}" must start with 违法依据：, 处罚依据： or 程序依据： (violation, penalty or procedure)`,
      });
      continue;
    }
    if (!rest.startsWith('《')) {
      errors.push({
        reason: `无法识别“${line}”：依据须写作《法律法规名称》第X条`,
        reasonEn: `Cannot read "${line}": write a basis as 《law title》第X条`,
      });
      continue;
    }
    while (rest.length > 0) {
      const title = /^《([^》]+)》/.exec(rest);
      if (!title) {
        errors.push({
          reason: `无法识别“${rest}”：依据须写作《法律法规名称》第X条（只写到条，不写款、项）`,
          reasonEn: `Cannot read "${rest}": write 《law title》第X条 (articles only, no paragraphs or items)`,
        });
        break;
      }
      rest = rest.slice(title[0].length).trimStart();
      const lawId = resolveLaw(title[1]!.trim(), refs, errors);
      let articles = 0;
      for (;;) {
        const art = ARTICLE.exec(rest);
        if (!art) break;
        articles++;
        rest = rest.slice(art[0].length).trimStart();
        const number = readArticleNumber(art[1]!);
        const suffix = art[2] ?? '';
        if (number === null) {
          errors.push({
            reason: `条号“${art[0]}”无法识别`,
            reasonEn: `Cannot read the article number "${art[0]}"`,
          });
        } else if (lawId && !refs.articles.has(articleKey(lawId, number, suffix))) {
          errors.push({
            reason: `《${refs.lawTitles.get(lawId) ?? lawId}》没有${basisLabel(number, suffix)}`,
            reasonEn: `${refs.lawTitles.get(lawId) ?? lawId} has no article ${number}${suffix ? ` (${suffix})` : ''}`,
          });
        } else if (lawId) {
          bases.push({
            lawId,
            article: number,
            ...(suffix ? { suffix } : {}),
            ...(withRole && role ? { role } : {}),
          });
        }
        const sep = /^[、，,]\s*/.exec(rest);
        if (sep && ARTICLE.test(rest.slice(sep[0].length))) rest = rest.slice(sep[0].length);
        else break;
      }
      if (articles === 0) {
        errors.push({
          reason: `《${title[1]}》后须写明条号，如 第二十七条`,
          reasonEn: `Name the article after 《${title[1]}》, e.g. 第二十七条`,
        });
        break;
      }
      const sep = /^[、，,]\s*/.exec(rest);
      if (sep) rest = rest.slice(sep[0].length);
      if (rest.length > 0 && !rest.startsWith('《')) {
        errors.push({
          reason: `无法识别“${rest}”：依据只写到条，不写款、项`,
          reasonEn: `Cannot read "${rest}": cite articles only (no paragraphs or items)`,
        });
        break;
      }
    }
  }
  return { bases, errors };
}

function readArticleNumber(text: string): number | null {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 ? n : null;
  }
  try {
    return parseChineseNumeral(text);
  } catch {
    return null;
  }
}

function resolveLaw(name: string, refs: WorkbookReferences, errors: Reason[]): string | null {
  if (refs.lawTitles.has(name)) return name;
  const ids = refs.lawsByTitle.get(name) ?? [];
  if (ids.length === 1) return ids[0]!;
  if (ids.length > 1) {
    errors.push({
      reason: `法规库中有多部《${name}》，请改写为其标识：${ids.map((id) => `《${id}》`).join('或')}`,
      reasonEn: `Several laws are titled ${name}; write one of ${ids.join(', ')} instead`,
    });
    return null;
  }
  errors.push({
    reason: `法律法规库中没有《${name}》`,
    reasonEn: `The law library has no law titled ${name}`,
  });
  return null;
}

/** One row of a sheet as read: its Excel row number and the raw cell values by column key. */
export interface SheetRow {
  row: number;
  values: ReadonlyMap<string, unknown>;
}

export function isBlankRow(values: ReadonlyMap<string, unknown>): boolean {
  for (const v of values.values()) if (cellText(v) !== '') return false;
  return true;
}

/**
 * A row turned into an item candidate. `failed` names the fields whose cells already have a problem, so
 * the schema check that follows does not report the same cell twice.
 */
export interface RowReading<T> {
  row: number;
  candidate: T;
  failed: Set<string>;
}

class RowReader {
  readonly failed = new Set<string>();
  constructor(
    readonly r: SheetRow,
    readonly columns: readonly ColumnSpec[],
    readonly sheet: string | null,
    readonly problems: ImportProblem[],
  ) {}

  column(key: string): ColumnSpec {
    return this.columns.find((c) => c.key === key)!;
  }

  problem(key: string, reason: string, reasonEn: string) {
    this.failed.add(key.split('.')[0]!);
    this.problems.push({
      row: this.r.row,
      column: columnLabel(this.sheet, this.column(key)),
      reason,
      reasonEn,
    });
  }

  raw(key: string): unknown {
    return this.r.values.get(key);
  }

  text(key: string): string {
    const value = cellText(this.raw(key));
    const spec = this.column(key);
    if (value === '' && spec.required)
      this.problem(key, `请填写${spec.header}`, `${spec.headerEn} is required`);
    return value;
  }

  choice<T extends string>(key: string, options: Record<string, T>): T | undefined {
    const value = this.text(key);
    if (value === '') return undefined;
    const found = options[value];
    if (found === undefined) {
      const spec = this.column(key);
      const allowed = [...new Set(Object.keys(options).filter((k) => !/^[a-z]/.test(k)))].join('、');
      this.problem(
        key,
        `${spec.header}“${value}”不在可选范围内，可选：${allowed}`,
        `${spec.headerEn} "${value}" is not one of: ${allowed}`,
      );
    }
    return found;
  }

  number(key: string): number | null {
    const spec = this.column(key);
    const value = cellNumber(this.raw(key));
    if (isReason(value)) {
      this.problem(key, `${spec.header}：${value.reason}`, `${spec.headerEn}: ${value.reasonEn}`);
      return null;
    }
    if (value === null && spec.required)
      this.problem(key, `请填写${spec.header}`, `${spec.headerEn} is required`);
    return value;
  }

  bases(key: string, refs: WorkbookReferences, withRole: boolean): ParsedBasis[] {
    const text = this.text(key);
    if (text === '') return [];
    const { bases, errors } = parseBases(text, refs, withRole);
    for (const e of errors) this.problem(key, e.reason, e.reasonEn);
    return bases;
  }
}

export function columnLabel(sheet: string | null, spec: Pick<ColumnSpec, 'header'>): string {
  return sheet ? `${sheet}·${spec.header}` : spec.header;
}

const identity = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<string, T>;
const withCodes = <T extends string>(labels: Record<T, string>) =>
  ({
    ...Object.fromEntries(Object.entries(labels).map(([code, label]) => [label, code])),
    ...Object.fromEntries(Object.keys(labels).map((code) => [code, code])),
  }) as Record<string, T>;

const CATEGORY_OPTIONS = identity(MATTER_CATEGORIES);
const TIER_OPTIONS = identity(DISCRETION_TIERS);
const PROCEDURE_OPTIONS = withCodes(PROCEDURE_LABELS);
const PARTY_OPTIONS = withCodes(PARTY_LABELS);
const HEARING_OPTIONS: Record<string, 'yes' | 'no'> = {
  是: 'yes',
  否: 'no',
  适用: 'yes',
  不适用: 'no',
  TRUE: 'yes',
  FALSE: 'no',
};

export type MatterCandidate = Omit<MatterItem, 'discretion'> & { discretion: MatterItem['discretion'] };

/** Reads one row of 「行政执法事项」 into a candidate matter (its discretion tiers come from their own sheet). */
export function readMatterRow(
  r: SheetRow,
  refs: WorkbookReferences,
  problems: ImportProblem[],
): RowReading<MatterCandidate> {
  const rr = new RowReader(r, MATTER_COLUMNS, null, problems);
  const penaltyText = rr.text('penaltyKinds');
  const penaltyKinds: MatterItem['penaltyKinds'] = [];
  for (const kind of penaltyText.split(/[、，,；;\n\s]+/).filter(Boolean)) {
    if ((PENALTY_KINDS as readonly string[]).includes(kind))
      penaltyKinds.push(kind as MatterItem['penaltyKinds'][number]);
    else
      rr.problem(
        'penaltyKinds',
        `处罚种类“${kind}”不在可选范围内，可选：${PENALTY_KINDS.join('、')}`,
        `"${kind}" is not a kind of penalty the law names`,
      );
  }
  const hearing = rr.choice('hearingApplicable', HEARING_OPTIONS);
  const unitName = rr.text('responsibleUnitId');
  const unitId = unitName ? refs.unitsByName.get(unitName) : undefined;
  if (unitName && !unitId)
    rr.problem(
      'responsibleUnitId',
      `责任单位“${unitName}”不是本局的单位`,
      `"${unitName}" is not a unit of the bureau`,
    );
  const candidate: MatterCandidate = {
    code: rr.text('code'),
    name: rr.text('name'),
    category: rr.choice('category', CATEGORY_OPTIONS) ?? ('' as MatterItem['category']),
    actingBody: rr.text('actingBody'),
    duties: rr.text('duties'),
    authority: rr.text('authority'),
    bases: rr.bases('bases', refs, true) as MatterItem['bases'],
    penaltyKinds,
    discretion: [],
    hearingApplicable: hearing === 'yes',
    procedure: rr.choice('procedure', PROCEDURE_OPTIONS) ?? ('' as MatterItem['procedure']),
    remedies: rr.text('remedies'),
    responsibleUnitId: unitId ?? '',
    guide: {
      materials: rr.text('guide.materials'),
      steps: rr.text('guide.steps'),
      timeLimit: rr.text('guide.timeLimit'),
      fees: rr.text('guide.fees'),
      consultation: rr.text('guide.consultation'),
      complaint: rr.text('guide.complaint'),
    },
  };
  return { row: r.row, candidate, failed: rr.failed };
}

export interface DiscretionReading {
  row: number;
  code: string;
  tier: MatterItem['discretion'][number];
  failed: Set<string>;
}

/** Reads one row of 「裁量基准」. */
export function readDiscretionRow(r: SheetRow, problems: ImportProblem[]): DiscretionReading {
  const rr = new RowReader(r, DISCRETION_COLUMNS, SHEETS.discretion, problems);
  const tier = {
    tier: rr.choice('tier', TIER_OPTIONS) ?? ('' as MatterItem['discretion'][number]['tier']),
    partyType: rr.choice('partyType', PARTY_OPTIONS) ?? ('' as MatterItem['discretion'][number]['partyType']),
    conditions: rr.text('conditions'),
    fineMin: rr.number('fineMin'),
    fineMax: rr.number('fineMax'),
    measures: rr.text('measures'),
  };
  return { row: r.row, code: rr.text('code'), tier, failed: rr.failed };
}

/** Reads one row of 「随机抽查事项」. */
export function readInspectionRow(
  r: SheetRow,
  refs: WorkbookReferences,
  problems: ImportProblem[],
): RowReading<InspectionItem> {
  const rr = new RowReader(r, INSPECTION_COLUMNS, null, problems);
  const ratio = rr.number('ratio');
  if (ratio !== null && Math.round(ratio * 100) !== ratio * 100 && !rr.failed.has('ratio'))
    rr.problem('ratio', '抽查比例最多保留两位小数', 'The ratio may have at most two decimals');
  const candidate: InspectionItem = {
    code: rr.text('code'),
    subject: rr.text('subject'),
    basis: rr.text('basis'),
    bases: rr.bases('bases', refs, false),
    object: rr.text('object'),
    content: rr.text('content'),
    ratio: ratio ?? Number.NaN,
    method: rr.text('method'),
    frequency: rr.text('frequency'),
  };
  return { row: r.row, candidate, failed: rr.failed };
}

// ---------------------------------------------------------------- the schema check, mapped back to cells

const CUSTOM_EN: Record<string, string> = {
  重复的条目: 'Listed twice',
  罚款下限不能高于上限: 'The minimum fine is above the maximum',
  行政处罚事项须至少选择一种处罚种类: 'A penalty matter needs at least one kind of penalty',
  '裁量基准设有罚款金额，处罚种类中须包含“罚款”':
    'The tiers set fines, so 罚款 must be among the kinds of penalty',
};

function reasonEn(issue: z.core.$ZodIssue, spec: ColumnSpec): string {
  const custom = CUSTOM_EN[issue.message];
  if (custom) return `${spec.headerEn}: ${custom}`;
  switch (issue.code) {
    case 'too_big':
      return `${spec.headerEn}: at most ${String(issue.maximum)} ${issue.origin === 'string' ? 'characters' : 'entries'}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${spec.headerEn} is required`
        : `${spec.headerEn}: too few or too small`;
    case 'invalid_format':
      return `${spec.headerEn}: not in the expected form`;
    default:
      return `${spec.headerEn}: not valid`;
  }
}

/**
 * Runs the catalogue's own item schema (catalog/schemas.ts, the same one the API applies) over a candidate
 * and reports what it finds at the cell it concerns. Returns the parsed item when there is nothing to report.
 */
export function checkMatter(
  reading: RowReading<MatterCandidate>,
  tiers: readonly DiscretionReading[],
  problems: ImportProblem[],
): MatterItem | null {
  const result = matterItem.safeParse({ ...reading.candidate, discretion: tiers.map((t) => t.tier) });
  const before = problems.length;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, index, sub] = issue.path as (string | number)[];
      if (field === 'discretion' && typeof index === 'number') {
        const t = tiers[index];
        const spec = DISCRETION_COLUMNS.find((c) => c.key === sub) ?? DISCRETION_COLUMNS[0]!;
        if (t && !t.failed.has(String(sub)))
          problems.push({
            row: t.row,
            column: columnLabel(SHEETS.discretion, spec),
            reason: issue.message,
            reasonEn: reasonEn(issue, spec),
          });
        continue;
      }
      if (reading.failed.has(String(field))) continue;
      const key = field === 'guide' && typeof index === 'string' ? `guide.${index}` : String(field);
      const spec = MATTER_COLUMNS.find((c) => c.key === key) ?? MATTER_COLUMNS[0]!;
      problems.push({
        row: reading.row,
        column: spec.header,
        reason: issue.message,
        reasonEn: reasonEn(issue, spec),
      });
    }
  }
  return result.success &&
    problems.length === before &&
    reading.failed.size === 0 &&
    tiers.every((t) => t.failed.size === 0)
    ? result.data
    : null;
}

export function checkInspection(
  reading: RowReading<InspectionItem>,
  problems: ImportProblem[],
): InspectionItem | null {
  const result = inspectionItem.safeParse(reading.candidate);
  const before = problems.length;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0]);
      if (reading.failed.has(field)) continue;
      const spec = INSPECTION_COLUMNS.find((c) => c.key === field) ?? INSPECTION_COLUMNS[0]!;
      problems.push({
        row: reading.row,
        column: spec.header,
        reason: issue.message,
        reasonEn: reasonEn(issue, spec),
      });
    }
  }
  return result.success && problems.length === before && reading.failed.size === 0 ? result.data : null;
}
