import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过${max}字` });

export const caseParams = z.object({ id: z.string().min(1).max(64) });
export const exemptionParams = z.object({
  id: z.string().min(1).max(64),
  exemptionId: z.string().min(1).max(64),
});

export const exemptionBody = z.object({
  stage: z.string().min(1).max(40),
  reason: text('无音像记录的书面说明', 1000),
});

export const exemptionDecisionBody = z.object({
  approve: z.boolean(),
  opinion: text('审批意见', 500),
});

const exemption = z.object({
  id: z.string(),
  stage: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'denied']),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
});

const evidence = z.object({
  id: z.string(),
  kind: z.enum(['photo', 'audio', 'video', 'document']),
  title: z.string(),
  capturedAt: z.string(),
  late: z.boolean(),
  sha256: z.string(),
  sm3: z.string(),
});

export const caseRecordingSchema = z.object({
  caseId: z.string(),
  procedure: z.string(),
  stages: z.array(
    z.object({
      stage: z.string(),
      name: z.string(),
      nameEn: z.string(),
      current: z.boolean(),
      requiredRecords: z.array(z.enum(['text', 'photo', 'audio', 'video'])),
      missingRecords: z.array(z.enum(['text', 'photo', 'audio', 'video'])),
      footageRequired: z.boolean(),
      /** Footage linked, or an approved exemption: the exit is not held up by R-05. */
      footageSatisfied: z.boolean(),
      evidence: z.array(evidence),
      exemptions: z.array(exemption),
    }),
  ),
});

export const exemptionSchema = exemption;
