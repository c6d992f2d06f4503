import { z } from 'zod';

// I-01: the bureau's own rules register, as the catalogues contract (docs/contracts/catalogues-api.md) gives it.

export const RULE_KINDS = ['measure', 'list', 'flowchart', 'standard', 'other'] as const;
export const RULE_STATUSES = ['pending', 'drafted', 'filed'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'not a calendar date');

export const ruleSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(RULE_KINDS),
  requirementIds: z.array(z.string()),
  dueDate: z.string(),
  status: z.enum(RULE_STATUSES),
  filingNumber: z.string().nullable(),
  filedAt: z.string().nullable(),
  attachment: z.object({ name: z.string(), size: z.number(), sha256: z.string() }).nullable(),
  overdue: z.boolean(),
});

export type Rule = z.infer<typeof ruleSchema>;

export const ruleResponse = z.object({ rule: ruleSchema });

export const ruleBody = z.object({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(RULE_KINDS),
  /** Clause IDs of REQUIREMENTS.md: P-01, R-05, L-03, I-01… */
  requirementIds: z
    .array(z.string().regex(/^[PRLI]-\d{2}$/, 'a requirement ID such as P-01'))
    .max(20)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, 'listed twice'),
  dueDate: isoDate,
  /** 'filed' is reached only through POST /rules/:id/file; a filed rule may go back to 'drafted' (revision). */
  status: z.enum(RULE_STATUSES).optional(),
});

export type RuleInput = z.infer<typeof ruleBody>;

export const fileRuleBody = z.object({
  filingNumber: z.string().trim().min(1).max(60),
  filedAt: isoDate,
});

export const listRulesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(RULE_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(50).optional(),
});

export const ruleIdParams = z.object({ id: z.string().min(1).max(64) });

export const publicRuleSchema = ruleSchema.pick({
  id: true,
  title: true,
  kind: true,
  requirementIds: true,
  filingNumber: true,
  filedAt: true,
});

export function paginatedRules<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}
