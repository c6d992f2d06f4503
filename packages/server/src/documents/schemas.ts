import { DOCUMENT_KINDS } from '@sanxiang/core';
import { z } from 'zod';

// The documents' API shapes (docs/contracts/cases-api.md "Documents").

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式为 YYYY-MM-DD' });
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/, { error: '时间格式为 YYYY-MM-DDTHH:MM' });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过${max}个字` });

/** What an officer may add to the case data when drafting (document-context.ts DraftInput). */
export const draftInput = z
  .object({
    facts: text(4000),
    evidence: z.array(text(500)).max(100),
    startedAt: dateTime,
    endedAt: dateTime,
    place: text(300),
    findings: text(8000),
    qa: z.array(z.object({ q: text(2000), a: text(4000) })).max(200),
    interviewee: text(300),
    statement: text(8000),
    rectifyBy: date,
    rectifyRequirement: text(2000),
    hearing: z.object({
      at: dateTime,
      place: text(300),
      chair: text(50),
      clerk: text(50).optional(),
      public: z.boolean().optional(),
    }),
    seizure: z.object({
      measure: z.enum(['查封', '扣押']),
      from: date,
      to: date,
      custody: text(300),
    }),
    items: z
      .array(
        z.object({
          name: text(200),
          spec: text(200).optional(),
          quantity: text(50),
          unit: text(20),
          note: text(300).optional(),
        }),
      )
      .max(500),
    structure: text(500),
    area: text(50),
    demolishBy: date,
    enforcementOn: date,
    demand: z.object({
      duty: text(500),
      amount: z.number().nonnegative().optional(),
      surcharge: z.number().nonnegative().optional(),
      by: date,
    }),
    served: z.object({
      title: text(100),
      number: text(100).nullable().optional(),
      method: text(100).optional(),
      place: text(300).optional(),
    }),
    proposal: text(4000),
    contents: z
      .array(
        z.object({
          title: text(100),
          number: text(100).nullable().optional(),
          date: date.nullable().optional(),
          pages: z.number().int().positive().optional(),
        }),
      )
      .max(500),
    outcome: text(2000),
  })
  .partial()
  .strict();

export const caseDocumentParams = z.object({ id: z.string().min(1).max(100) });
export const documentParams = caseDocumentParams.extend({ docId: z.string().min(1).max(100) });
export const fileParams = documentParams.extend({ format: z.enum(['pdf', 'docx']) });

export const draftBody = z.object({
  kind: z.enum(DOCUMENT_KINDS as [string, ...string[]], { error: '文书种类不存在' }),
  input: draftInput.optional(),
  /** A voided document this one replaces (void + reissue). */
  replaces: z.string().min(1).max(100).optional(),
});

export const redraftBody = z.object({ input: draftInput.optional() });

export const voidBody = z.object({
  reason: z
    .string()
    .trim()
    .min(2, { error: '请填写作废理由' })
    .max(1000, { error: '作废理由不能超过1000个字' }),
});

const digest = z.object({ size: z.number(), sha256: z.string(), sm3: z.string() });

export const documentSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  name: z.string(),
  nameEn: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  draftedAt: z.string(),
  draftedBy: z.string().nullable(),
  pdf: digest.nullable(),
  docx: digest.nullable(),
  voided: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  replaces: z.string().nullable(),
  replacedBy: z.string().nullable(),
});

export const documentWithContent = documentSchema.extend({
  content: z.record(z.string(), z.unknown()),
  input: z.record(z.string(), z.unknown()),
});

export const documentResponse = z.object({ document: documentWithContent });
export const documentList = z.object({ items: z.array(documentSchema) });

export const wordingQuery = z.object({
  context: z.string().max(50).optional(),
  caseId: z.string().max(100).optional(),
  /** The moment to state in "现在是…" (YYYY-MM-DDTHH:MM, China time); default now. */
  now: dateTime.optional(),
});

export const wordingResponse = z.object({
  title: z.string(),
  version: z.string(),
  note: z.string(),
  contexts: z.record(z.string(), z.string()),
  phrases: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      contexts: z.array(z.string()),
      template: z.string(),
      placeholders: z.array(z.string()),
      text: z.string(),
      missing: z.array(z.string()),
    }),
  ),
});
