import type { RoleCode } from '@sanxiang/core';
import { api } from '../api/client';
import type { Page } from '../api/pagination';

export type UserStatusFilter = 'active' | 'disabled' | 'locked';
export const USER_STATUS_FILTERS: readonly UserStatusFilter[] = ['active', 'disabled', 'locked'];

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  unit: { id: string; name: string };
  roles: RoleCode[];
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

export interface UsersQuery {
  page: number;
  pageSize: number;
  q?: string;
  role?: RoleCode;
  unitId?: string;
  status?: UserStatusFilter;
}

export interface NewUser {
  username: string;
  displayName: string;
  unitId: string;
  roles: RoleCode[];
  personId?: string;
}

export interface RoleInfo {
  code: RoleCode;
  name: string;
  nameEn: string;
  description: string;
  reach: 'all' | 'own-subtree';
  readOnly: boolean;
  admin: boolean;
  totpRequired: boolean;
}

const userPath = (id: string, action: string) => `/users/${encodeURIComponent(id)}/${action}`;

export const fetchUsers = (query: UsersQuery, signal?: AbortSignal) =>
  api.get<Page<UserAccount>>('/users', { ...query }, signal);

export const createUser = (body: NewUser) =>
  api.post<{ user: UserAccount; initialPassword: string }>('/users', body);

export const disableUser = (id: string, reason: string) =>
  api.post<{ user: UserAccount }>(userPath(id, 'disable'), { reason });

export const enableUser = (id: string, reason: string) =>
  api.post<{ user: UserAccount }>(userPath(id, 'enable'), { reason });

export const unlockUser = (id: string, reason: string) =>
  api.post<{ user: UserAccount }>(userPath(id, 'unlock'), { reason });

export const resetPassword = (id: string, reason: string) =>
  api.post<{ initialPassword: string }>(userPath(id, 'reset-password'), { reason });

export const setUserRoles = (id: string, roles: RoleCode[], reason: string) =>
  api.put<{ user: UserAccount }>(userPath(id, 'roles'), { roles, reason });

export const fetchRoles = (signal?: AbortSignal) =>
  api.get<{ items: RoleInfo[] }>('/roles', undefined, signal);

export const setTotpPolicy = (role: RoleCode, required: boolean, reason: string) =>
  api.put<{ items: RoleInfo[] }>('/security/totp-policy', { role, required, reason });
