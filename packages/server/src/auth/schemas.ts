import { PERMISSIONS, ROLE_CODES } from '@sanxiang/core';
import { z } from 'zod';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unit: z.object({ id: z.string(), name: z.string(), path: z.array(z.string()) }),
  roles: z.array(z.enum(ROLE_CODES)),
  permissions: z.array(
    z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS, ...(keyof typeof PERMISSIONS)[]]),
  ),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean(),
  lastLoginAt: z.string().nullable(),
});

export const meResponse = z.object({ user: meSchema, csrfToken: z.string() });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const passwordPolicyResponse = z.object({
  minLength: z.number(),
  minClasses: z.number(),
  classes: z.array(z.string()),
  description: z.string(),
  descriptionEn: z.string(),
});

export const totpSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});
export const totpCodeBody = z.object({ code: z.string().regex(/^\d{6}$/) });
export const passwordBody = z.object({ password: z.string().min(1).max(256) });
