import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过${max}字` });

export const caseParams = z.object({ id: z.string().min(1).max(64) });
export const versionParams = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
});
export const amendmentParams = z.object({
  id: z.string().min(1).max(64),
  amendmentId: z.string().min(1).max(64),
});
export const exportQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const amendmentBody = z.object({ reason: text('补正理由', 1000) });
export const amendmentDecisionBody = z.object({ approve: z.boolean(), opinion: text('审批意见', 500) });

const manifestEntry = z.object({
  section: z.enum(['cover', 'contents', 'documents', 'evidence', 'note']),
  title: z.string(),
  number: z.string().nullable(),
  stage: z.string().nullable(),
  page: z.number(),
  file: z
    .object({ name: z.string(), key: z.string(), size: z.number(), sha256: z.string(), sm3: z.string() })
    .nullable(),
});

const version = z.object({
  version: z.number(),
  status: z.enum(['sealed', 'superseded']),
  sealedAt: z.string(),
  sealedBy: z.string(),
  pdfSize: z.number(),
  pageCount: z.number(),
  sha256: z.string(),
  sm3: z.string(),
  amendmentId: z.string().nullable(),
});

export const amendmentSchema = z.object({
  id: z.string(),
  fileVersion: z.number(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'denied']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  newVersion: z.number().nullable(),
});

export const caseFileSchema = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  /** sealed: a current sealed version exists; open: the case is still running; unsealed: closed but not sealed. */
  state: z.enum(['sealed', 'open', 'unsealed']),
  current: version.nullable(),
  versions: z.array(version),
  manifest: z.array(manifestEntry),
  amendments: z.array(amendmentSchema),
  /** Who sealed, viewed, downloaded, exported or amended the file, newest first. */
  trail: z.array(
    z.object({
      at: z.string(),
      operation: z.string(),
      operationName: z.string(),
      actor: z.string().nullable(),
      unitName: z.string().nullable(),
    }),
  ),
});
