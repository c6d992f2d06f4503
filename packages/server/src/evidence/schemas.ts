import { z } from 'zod';

// Evidence and resumable uploads; docs/contracts/evidence-api.md describes the protocol.

export const EVIDENCE_KIND_VALUES = ['photo', 'audio', 'video', 'document'] as const;

const isoTime = z.iso.datetime({ offset: true });

export const createUploadBody = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** Total bytes of the file (Upload-Length). */
  size: z.number().int().min(0),
  kind: z.enum(EVIDENCE_KIND_VALUES),
  title: z.string().trim().max(200).optional(),
  capturedAt: isoTime,
  place: z.string().trim().min(1).max(200),
  gps: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
  deviceId: z.string().max(100).optional(),
  /** The officer who made the record (people.id); defaults to the uploader's own person record. */
  officerPersonId: z.string().max(100).optional(),
  caseId: z.string().max(100).optional(),
  stage: z.string().max(60).optional(),
  note: z.string().max(2000).optional(),
});

export type CreateUploadInput = z.infer<typeof createUploadBody>;

export const uploadSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'completed', 'aborted']),
  fileName: z.string(),
  size: z.number(),
  offset: z.number(),
  evidenceId: z.string().nullable(),
});

export const uploadIdParams = z.object({ id: z.string().max(100) });
export const evidenceIdParams = z.object({ id: z.string().max(100) });

const evidenceLink = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  procedure: z.string(),
  stage: z.string(),
  linkedAt: z.string(),
});

export const evidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KIND_VALUES),
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  sm3: z.string(),
  capturedAt: z.string(),
  uploadedAt: z.string(),
  place: z.string(),
  gps: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  device: z.object({ id: z.string(), serial: z.string(), kind: z.string() }).nullable(),
  officer: z.object({ id: z.string(), name: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }),
  late: z.boolean(),
  lateWindowHours: z.number(),
  delayHours: z.number(),
  duplicateOf: z.string().nullable(),
  note: z.string(),
  links: z.array(evidenceLink),
});

export const uploadResponse = z.object({ upload: uploadSchema, evidence: evidenceSchema.nullable() });
export const evidenceResponse = z.object({ evidence: evidenceSchema });

export const listEvidenceQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  caseId: z.string().max(100).optional(),
  stage: z.string().max(60).optional(),
  kind: z.enum(EVIDENCE_KIND_VALUES).optional(),
  deviceId: z.string().max(100).optional(),
  officerPersonId: z.string().max(100).optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Words of the title, file name or place; or a digest prefix (hex, 8 characters or more). */
  q: z.string().trim().max(100).optional(),
  capturedFrom: z.iso.date().optional(),
  capturedTo: z.iso.date().optional(),
});

export type ListEvidenceQuery = z.infer<typeof listEvidenceQuery>;

export const evidencePage = z.object({
  items: z.array(evidenceSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const linkBody = z.object({ caseId: z.string().max(100), stage: z.string().max(60) });
export const unlinkBody = z.object({
  caseId: z.string().max(100),
  reason: z.string().trim().min(2).max(500),
});

export const custodySchema = z.object({
  seq: z.number(),
  action: z.enum(['ingested', 'viewed', 'played', 'downloaded', 'exported', 'linked', 'unlinked']),
  at: z.string(),
  actorName: z.string().nullable(),
  actorUnitId: z.string().nullable(),
  ip: z.string(),
  caseId: z.string().nullable(),
  stage: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

export const custodyResponse = z.object({ events: z.array(custodySchema) });

export const exportQuery = z.object({
  caseId: z.string().max(100).optional(),
  /** Comma-separated evidence ids. */
  ids: z
    .string()
    .max(4000)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .optional(),
});
