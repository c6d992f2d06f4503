import { z } from 'zod';
import { pageQuery, paginated } from '../people/schemas.js';

// The catalogues' shapes (docs/contracts/catalogues-api.md). Field messages are Chinese: the console shows
// them beside the field they name, and the Excel import reports them per cell.

export const CATALOG_KINDS = ['matters', 'inspections'] as const;
export type CatalogKindName = (typeof CATALOG_KINDS)[number];

export const MATTER_CATEGORIES = [
  '行政处罚',
  '行政强制',
  '行政检查',
  '行政许可',
  '行政征收',
  '行政确认',
  '其他',
] as const;

export const PENALTY_KINDS = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '其他',
] as const;

export const DISCRETION_TIERS = ['不予处罚', '减轻处罚', '从轻处罚', '一般处罚', '从重处罚'] as const;
export const PARTY_TYPES = ['person', 'organisation', 'any'] as const;
/** The process definitions a matter follows (core's procedures). */
export const PROCEDURES = ['simple', 'general', 'seizure', 'demolition', 'inspection'] as const;
export const BASIS_ROLES = ['violation', 'penalty', 'procedure'] as const;

const oneOf = (label: string, values: readonly string[]) => `${label}须为以下之一：${values.join('、')}`;

/** Required text, trimmed, with a length limit; messages name the field in Chinese. */
function text(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });
}

/** Text that may be left empty. */
function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}须为文本` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` });
}

export const itemCode = z
  .string({ error: '请填写事项编码' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, {
    error: '事项编码只能由字母、数字和连字符组成（不超过40位），如 CG-CF-001',
  });

const lawId = z
  .string({ error: '请填写法律法规标识' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '法律法规标识须为法规库中的文件名，如 urban-road-regulation-2019',
  })
  .max(100, { error: '法律法规标识过长' });

const article = z
  .number({ error: '条号须为数字' })
  .int({ error: '条号须为正整数' })
  .positive({ error: '条号须为正整数' })
  .max(10000, { error: '条号过大' });

/** '之一', '之二'… for an article an amendment inserted (第十条之一); empty means none. */
const articleSuffix = z
  .string({ error: '条号后缀须为文本' })
  .regex(/^(之[一二三四五六七八九十]+)?$/, { error: '条号后缀只能是“之一”“之二”等' })
  .optional();

export const inspectionBasis = z.object({ lawId, article, suffix: articleSuffix });

export const matterBasis = inspectionBasis.extend({
  role: z.enum(BASIS_ROLES, {
    error: '依据类型须为 violation（违法依据）、penalty（处罚依据）或 procedure（程序依据）',
  }),
});

const money = z
  .number({ error: '罚款金额须为数字（元），不设罚款填 null' })
  .nonnegative({ error: '罚款金额不能为负数' })
  .max(100_000_000_000, { error: '罚款金额过大' })
  .nullable();

export const discretionTier = z
  .object({
    tier: z.enum(DISCRETION_TIERS, { error: oneOf('裁量等次', DISCRETION_TIERS) }),
    partyType: z.enum(PARTY_TYPES, {
      error: '当事人类型须为 person（自然人）、organisation（单位）或 any（不区分）',
    }),
    conditions: text('适用情形', 1000),
    fineMin: money,
    fineMax: money,
    measures: optionalText('处理措施', 1000),
  })
  .refine((t) => t.fineMin === null || t.fineMax === null || t.fineMin <= t.fineMax, {
    error: '罚款下限不能高于上限',
    path: ['fineMax'],
  });

export const serviceGuide = z.object(
  {
    materials: optionalText('所需材料', 2000),
    steps: optionalText('办理流程', 2000),
    timeLimit: optionalText('办理时限', 500),
    fees: optionalText('收费标准', 500),
    consultation: optionalText('咨询方式', 500),
    complaint: optionalText('投诉渠道', 500),
  },
  { error: '请填写服务指南' },
);

const basisKey = (b: { lawId: string; article: number; suffix?: string | undefined; role?: string }) =>
  `${b.lawId}|${b.article}|${b.suffix ?? ''}|${b.role ?? ''}`;

function noDuplicates<T>(key: (v: T) => string) {
  return (values: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      const k = key(v);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: '重复的条目', path: [i] });
      seen.add(k);
    });
  };
}

/** 行政执法事项 (P-03), with its discretion standard and service guide (P-05). */
const matterFields = z.object({
  code: itemCode,
  name: text('事项名称', 200),
  category: z.enum(MATTER_CATEGORIES, { error: oneOf('事项类别', MATTER_CATEGORIES) }),
  actingBody: text('实施主体', 100),
  duties: text('职责', 2000),
  authority: text('权限', 2000),
  bases: z
    .array(matterBasis, { error: '请填写法律依据' })
    .min(1, { error: '至少填写一条法律依据' })
    .max(30, { error: '法律依据不能超过30条' })
    .superRefine(noDuplicates(basisKey)),
  penaltyKinds: z
    .array(z.enum(PENALTY_KINDS, { error: oneOf('处罚种类', PENALTY_KINDS) }), {
      error: '处罚种类须为列表',
    })
    .superRefine(noDuplicates((k) => k)),
  discretion: z
    .array(discretionTier, { error: '裁量基准须为列表' })
    .max(30, { error: '裁量等次不能超过30条' }),
  hearingApplicable: z.boolean({ error: '请选择是否适用听证' }),
  procedure: z.enum(PROCEDURES, {
    error: '适用程序须为 simple、general、seizure、demolition 或 inspection',
  }),
  remedies: text('救济途径', 1000),
  responsibleUnitId: text('责任单位', 64),
  guide: serviceGuide,
});

export const matterItem = matterFields.superRefine((m, ctx) => {
  if (m.category === '行政处罚' && m.penaltyKinds.length === 0)
    ctx.addIssue({ code: 'custom', message: '行政处罚事项须至少选择一种处罚种类', path: ['penaltyKinds'] });
  const fines = m.discretion.some((t) => (t.fineMin ?? 0) > 0 || (t.fineMax ?? 0) > 0);
  if (fines && !m.penaltyKinds.includes('罚款'))
    ctx.addIssue({
      code: 'custom',
      message: '裁量基准设有罚款金额，处罚种类中须包含“罚款”',
      path: ['penaltyKinds'],
    });
});

/** 随机抽查事项 (P-04): exactly the plan's fields. */
export const inspectionItem = z.object({
  code: itemCode,
  subject: text('抽查主体', 100),
  basis: text('抽查依据', 2000),
  bases: z
    .array(inspectionBasis, { error: '请填写法律依据' })
    .min(1, { error: '至少填写一条法律依据' })
    .max(30, { error: '法律依据不能超过30条' })
    .superRefine(noDuplicates(basisKey)),
  object: text('抽查对象', 500),
  content: text('抽查内容', 2000),
  ratio: z
    .number({ error: '抽查比例须为数字（百分比）' })
    .gt(0, { error: '抽查比例须大于0' })
    .max(100, { error: '抽查比例不能超过100%' }),
  method: text('抽查方式', 500),
  frequency: text('抽查频次', 200),
});

export type MatterItem = z.output<typeof matterItem>;
export type InspectionItem = z.output<typeof inspectionItem>;
export type CatalogItem = MatterItem | InspectionItem;
export type ItemOf<K extends CatalogKindName> = K extends 'matters' ? MatterItem : InspectionItem;
export type LegalBasis = z.output<typeof inspectionBasis> & { role?: (typeof BASIS_ROLES)[number] };

export const ITEM_SCHEMAS = { matters: matterItem, inspections: inspectionItem } as const;

// ---- versions

export const kindParams = z.object({
  kind: z.enum(CATALOG_KINDS, { error: '清单类型须为 matters 或 inspections' }),
});
export const versionParams = kindParams.extend({ id: z.string().min(1).max(64) });
export const itemParams = versionParams.extend({ code: z.string().min(1).max(40) });
/** For the routes registered once per kind (their bodies differ by kind). */
export const versionIdParams = z.object({ id: z.string().min(1).max(64) });
export const itemCodeParams = versionIdParams.extend({ code: z.string().min(1).max(40) });

const person = z.object({ username: z.string(), displayName: z.string() });

export const versionSchema = z.object({
  id: z.string(),
  kind: z.enum(CATALOG_KINDS),
  versionNo: z.number(),
  title: z.string(),
  note: z.string(),
  status: z.enum(['draft', 'submitted', 'approved', 'filed']),
  itemCount: z.number(),
  isCurrent: z.boolean(),
  createdBy: person,
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedBy: person.nullable(),
  approvedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  filing: z
    .object({ number: z.string(), date: z.string(), documentName: z.string(), documentSha256: z.string() })
    .nullable(),
});

export const createVersionBody = z.object({
  title: text('版本标题', 100),
  note: optionalText('说明', 2000).optional(),
});

export const approveBody = z.object({ comment: optionalText('审批意见', 500).optional() });
export const returnBody = z.object({ reason: text('退回理由', 500) });

const dateString = z
  .string({ error: '请填写备案日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '备案日期格式须为 YYYY-MM-DD' })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      error: '备案日期不是有效日期',
    },
  );

/** The text fields of the multipart filing request. */
export const fileVersionFields = z.object({
  filingNumber: text('备案号', 100),
  filingDate: dateString,
});

export const listVersionsQuery = z.object({ ...pageQuery });

export const listItemsQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  category: z.enum(MATTER_CATEGORIES, { error: oneOf('事项类别', MATTER_CATEGORIES) }).optional(),
});

export const diffQuery = z.object({
  from: z.string({ error: '请指定比较的起始版本 from' }).min(1).max(64),
  to: z.string({ error: '请指定比较的目标版本 to' }).min(1).max(64),
});

export const anyItem = z.union([matterItem, inspectionItem]);

export const versionList = paginated(versionSchema);
export const itemList = paginated(anyItem);

export const diffSchema = z.object({
  added: z.array(anyItem),
  removed: z.array(anyItem),
  changed: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      fields: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    }),
  ),
});

// ---- public

/** The filed version a public list comes from, so the portal can cite its filing. */
export const publicVersionRef = z
  .object({
    versionNo: z.number(),
    title: z.string(),
    filingNumber: z.string(),
    filingDate: z.string(),
  })
  .nullable();

export const publicMattersQuery = listItemsQuery;
export const publicInspectionsQuery = z.object({ ...pageQuery, q: z.string().trim().max(100).optional() });

export const publicMatterList = paginated(matterItem).extend({ version: publicVersionRef });
export const publicInspectionList = paginated(inspectionItem).extend({ version: publicVersionRef });

export const publicMatterParams = z.object({ code: z.string().min(1).max(40) });

/** A matter on the portal: each basis with the article's text, and the filing it was published under. */
export const publicMatter = matterFields.extend({
  bases: z.array(matterBasis.extend({ lawTitle: z.string(), label: z.string(), text: z.string() })),
  responsibleUnitName: z.string().nullable(),
  version: publicVersionRef,
});

export const publicHistory = paginated(
  z.object({
    versionNo: z.number(),
    title: z.string(),
    filingNumber: z.string(),
    filingDate: z.string(),
    itemCount: z.number(),
  }),
);
