import { ROLE_CODES } from '@sanxiang/core';
import { z } from 'zod';
import { pageQuery } from './schemas.js';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  personId: z.string().nullable(),
  roles: z.array(z.enum(ROLE_CODES)),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});

export const listUsersQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(50).optional(),
  role: z.enum(ROLE_CODES).optional(),
  unitId: z.string().max(64).optional(),
  status: z.enum(['active', 'disabled', 'locked']).optional(),
});

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名须为3–32位小写字母、数字、下划线、点或连字符，以字母开头'),
  displayName: z.string().trim().min(1).max(50),
  unitId: z.string().min(1).max(64),
  roles: z.array(z.enum(ROLE_CODES)).max(ROLE_CODES.length),
  personId: z.string().min(1).max(64).optional(),
});

export const reasonBody = z.object({ reason: z.string().trim().min(2, '请填写理由（至少2个字）').max(500) });
export const rolesBody = reasonBody.extend({ roles: z.array(z.enum(ROLE_CODES)).max(ROLE_CODES.length) });
export const userResponse = z.object({ user: userSchema });
export const initialPasswordResponse = z.object({ initialPassword: z.string() });
