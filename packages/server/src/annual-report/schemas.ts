import { z } from 'zod';
import { ACT_KINDS } from './act-categories.js';

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const versionBody = z.object({ version: z.number().int().min(0) });
export const reviewBody = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['approve', 'return']),
  opinion: z.string().trim().min(2, '请填写审核意见').max(1000),
});

const remedyFigures = z.object({
  filed: z.number(),
  decided: z.number(),
  upheld: z.number(),
  corrected: z.number(),
  dismissed: z.number(),
  withdrawn: z.number(),
  settled: z.number(),
  pending: z.number(),
});

export const figuresSchema = z.object({
  year: z.number(),
  asOf: z.string(),
  acts: z.array(
    z.object({
      key: z.enum(ACT_KINDS),
      name: z.string(),
      nameEn: z.string(),
      hasPower: z.boolean(),
      count: z.number(),
      rule: z.string(),
    }),
  ),
  matters: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      category: z.string(),
      kind: z.enum(ACT_KINDS),
      count: z.number(),
    }),
  ),
  monthly: z.object({
    penalty: z.array(z.number()),
    coercion: z.array(z.number()),
    inspection: z.array(z.number()),
  }),
  fines: z.object({
    decisions: z.number(),
    amount: z.number(),
    confiscation: z.number(),
    collected: z.number(),
  }),
  noPenaltyDecisions: z.number(),
  hearings: z.object({ requested: z.number(), held: z.number() }),
  reviews: z.object({ total: z.number(), approved: z.number(), returned: z.number(), disagreed: z.number() }),
  reconsiderations: remedyFigures,
  suits: remedyFigures,
});

export const reportSchema = z.object({
  year: z.number(),
  status: z.enum(['none', 'draft', 'submitted', 'approved', 'published']),
  version: z.number(),
  figures: figuresSchema.nullable(),
  computedAt: z.string().nullable(),
  computedAsOf: z.string().nullable(),
  yearEnded: z.boolean(),
  draftedBy: z.string().nullable(),
  draftedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  returnedReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publishedByName: z.string().nullable(),
  deadline: z.object({
    due: z.string(),
    rule: z.string(),
    ruleEn: z.string(),
    overdue: z.boolean(),
    publishedLate: z.boolean(),
  }),
});

export const reportListSchema = z.object({ items: z.array(reportSchema) });

// The register of reconsiderations (行政复议) and suits (行政诉讼) against the bureau's decisions.
export const REMEDY_OUTCOMES = [
  'pending',
  'upheld',
  'revoked',
  'changed',
  'confirmed-illegal',
  'ordered-to-act',
  'dismissed',
  'withdrawn',
  'settled',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');

export const remedyBody = z.object({
  kind: z.enum(['reconsideration', 'suit']),
  caseNo: z.string().trim().max(64).nullable(),
  decisionNo: z.string().trim().min(1, '请填写被申请（被诉）的决定书文号').max(100),
  applicant: z.string().trim().min(1, '请填写申请人（原告）').max(100),
  organ: z.string().trim().min(1, '请填写复议机关或受理法院').max(100),
  filedOn: isoDate,
  outcome: z.enum(REMEDY_OUTCOMES),
  outcomeOn: isoDate.nullable(),
  note: z.string().trim().max(1000),
});
export type RemedyInput = z.infer<typeof remedyBody>;

export const remedySchema = remedyBody.extend({ id: z.string(), caseId: z.string().nullable() });
export const remedyListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(['reconsideration', 'suit']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const remedyListSchema = z.object({
  items: z.array(remedySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const remedyIdParams = z.object({ id: z.string().min(1).max(64) });
