import { z } from 'zod';
import { CERTIFICATE_NUMBER_MAX } from './public-certificate.js';

export const certificateNumberParams = z.object({ number: z.string().min(1).max(CERTIFICATE_NUMBER_MAX) });

export const publicCertificateQuery = z
  .object({
    number: z.string().trim().min(1).max(CERTIFICATE_NUMBER_MAX).optional(),
    token: z.string().max(64).optional(),
  })
  .refine((q) => (q.number === undefined) !== (q.token === undefined), {
    message: '请提供执法证号或二维码令牌之一 Give either number or token',
  });

export const publicCertificateSchema = z.object({
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  issuer: z.string(),
  scope: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(['valid', 'expired', 'revoked']),
  revokedOn: z.string().nullable(),
});

export const certificateLinkSchema = z.object({
  number: z.string(),
  name: z.string(),
  url: z.string(),
  svg: z.string(),
});

export const revokeCertificateBody = z.object({
  reason: z.string().trim().min(2, '请填写注销原因').max(500),
});

export const revokedCertificateSchema = z.object({
  number: z.string(),
  personId: z.string(),
  revokedAt: z.string(),
  reason: z.string(),
});
