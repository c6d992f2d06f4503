import { REDACTION_KINDS } from '@sanxiang/core';
import { z } from 'zod';

// P-01, P-02, P-09, P-10: the publication workflow's request and response shapes.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'not a calendar date');

const STATUSES = ['draft', 'published', 'withdrawn', 'taken-down', 'barred'] as const;
const KINDS = ['penalty-decision', 'inspection-result'] as const;

export const redactionPreviewBody = z.object({
  text: z.string().max(100_000),
  partyName: z.string().max(200).optional(),
  partyType: z.enum(['person', 'organisation']).optional(),
});

const finding = z.object({
  kind: z.enum(REDACTION_KINDS),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

export const redactionPreviewResponse = z.object({ redacted: z.string(), findings: z.array(finding) });

const due = z.object({
  from: z.string(),
  due: z.string(),
  rule: z.string(),
  ruleEn: z.string(),
  overdue: z.boolean(),
  workingDaysLeft: z.number(),
});

export const publicationSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  kindName: z.string(),
  status: z.enum(STATUSES),
  statusName: z.string(),
  title: z.string(),
  sourceRef: z.string(),
  partyName: z.string(),
  partyType: z.enum(['person', 'organisation']).nullable(),
  caseId: z.string(),
  triggeredOn: z.string(),
  publication: due.nullable(),
  withdrawal: due.extend({ reason: z.string().nullable() }).nullable(),
  barredReason: z.string().nullable(),
  publicId: z.string().nullable(),
  currentVersion: z.number(),
  publishedOn: z.string().nullable(),
  publicUntil: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  redactionCount: z.number(),
});

const storedRedaction = z.object({
  kind: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  origin: z.enum(['auto', 'manual']),
});

export const correctionSchema = z.object({
  id: z.string(),
  publicationId: z.string(),
  ticket: z.string(),
  requesterName: z.string(),
  requesterContact: z.string(),
  content: z.string(),
  filedOn: z.string(),
  status: z.enum(['open', 'accepted', 'rejected']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  versionPublished: z.number().nullable(),
  due: due.nullable(),
});

export const publicationDetail = z.object({
  publication: publicationSchema.extend({
    caseNo: z.string().nullable(),
    sourceText: z.string(),
    redactions: z.array(storedRedaction),
    suggested: z.array(storedRedaction),
    preview: z.string(),
    versions: z.array(
      z.object({
        version: z.number(),
        title: z.string(),
        body: z.string(),
        reason: z.string().nullable(),
        publishedAt: z.string(),
        publishedBy: z.string().nullable(),
      }),
    ),
    corrections: z.array(correctionSchema),
  }),
});

export const listPublicationsQuery = z.object({
  view: z.enum(['queue', 'all']).default('queue'),
  status: z.enum(STATUSES).optional(),
  kind: z.enum(KINDS).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const publicationList = z.object({
  items: z.array(publicationSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const publicitySummarySchema = z.object({
  drafts: z.number(),
  overdueDrafts: z.number(),
  pendingWithdrawals: z.number(),
  overdueWithdrawals: z.number(),
  openCorrections: z.number(),
  overdueCorrections: z.number(),
});

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const redactionsBody = z.object({
  redactions: z
    .array(
      z.object({
        kind: z.enum(REDACTION_KINDS),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        origin: z.enum(['auto', 'manual']).optional(),
      }),
    )
    .max(500),
});

export const approveBody = z.object({ note: z.string().trim().max(500).optional() });
export const withdrawBody = z.object({ reason: z.string().trim().min(2).max(500) });

export const revocationBody = z.object({
  kind: z.enum(['revoked', 'changed']),
  decidedOn: isoDate,
  reason: z.string().trim().min(2).max(500),
});

export const revocationResponse = z.object({
  revocation: z.object({
    id: z.string(),
    caseId: z.string(),
    kind: z.string(),
    decidedOn: z.string(),
    reason: z.string(),
  }),
  publications: z.array(z.object({ id: z.string(), status: z.string() })),
});

export const listCorrectionsQuery = z.object({
  status: z.enum(['open', 'accepted', 'rejected']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const correctionList = z.object({
  items: z.array(
    correctionSchema.extend({ publicationTitle: z.string(), publicationPublicId: z.string().nullable() }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const answerBody = z
  .object({
    outcome: z.enum(['accepted', 'rejected']),
    answer: z.string().trim().min(2).max(2000),
    sourceText: z.string().min(1).max(100_000).optional(),
    redactions: redactionsBody.shape.redactions.optional(),
  })
  .refine((b) => b.outcome === 'accepted' || (b.sourceText === undefined && b.redactions === undefined), {
    message: 'a rejected request changes nothing',
    path: ['outcome'],
  });

export const correctionResponse = z.object({ correction: correctionSchema });

/** The portal's correction form (urlencoded). */
export const correctionForm = z.object({
  name: z.string().trim().min(1).max(50),
  contact: z.string().trim().min(3).max(100),
  content: z.string().trim().min(5).max(2000),
});
