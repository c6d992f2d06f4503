import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过${max}字` });

export const accessRequestBody = z.object({
  /** 立案号 or 案源编号 of the case to read. */
  caseNo: text('案件编号', 60),
  reason: text('调阅理由', 500),
  /** Hours the read is asked for; the leader may shorten it; default from the settings. */
  hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional(),
});

export const accessDecisionBody = z.object({
  approve: z.boolean(),
  opinion: text('审批意见', 500),
  hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional(),
});

export const accessRequestParams = z.object({ id: z.string().min(1).max(64) });

export const listAccessRequestsQuery = z.object({
  /** mine: what I asked for; decide: what my unit's leader decides; all: the supervision centre's view. */
  box: z.enum(['mine', 'decide', 'all']).default('mine'),
  status: z.enum(['pending', 'approved', 'denied', 'revoked', 'expired', 'valid']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const accessRequestSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  caseSummary: z.string(),
  caseUnit: z.object({ id: z.string(), name: z.string() }),
  requester: z.object({ id: z.string(), name: z.string(), unitName: z.string().nullable() }),
  reason: z.string(),
  hours: z.number(),
  status: z.enum(['pending', 'approved', 'denied', 'revoked']),
  /** Approved and not yet expired, now. */
  valid: z.boolean(),
  expired: z.boolean(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Whether the caller may approve or deny it now. */
  canDecide: z.boolean(),
});

export const accessRequestList = z.object({
  items: z.array(accessRequestSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const readLogQuery = z.object({
  caseNo: z.string().trim().max(60).optional(),
  reader: z.string().trim().max(50).optional(),
  unitId: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Only reads made on a cross-unit grant. */
  grantOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const readLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  operation: z.string(),
  operationName: z.string(),
  reader: z.object({
    username: z.string().nullable(),
    name: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  ip: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNo: z.string().nullable(),
  caseUnitName: z.string().nullable(),
  /** The cross-unit request the read relied on, if any. */
  grantId: z.string().nullable(),
});

export const readLogPage = z.object({
  items: z.array(readLogEntry),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
