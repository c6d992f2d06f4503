import type { Permission, RoleCode } from '@sanxiang/core';
import { isApiError } from '../api/api-error';
import { api, request, setCsrfToken } from '../api/client';
import { leaveSessionNotice } from './session-notice';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unit: { id: string; name: string; path: string[] };
  roles: RoleCode[];
  permissions: Permission[];
  mustChangePassword: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  lastLoginAt: string | null;
}

interface SessionAnswer {
  user: Me;
  csrfToken: string;
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  classes: string[];
  description: string;
  descriptionEn: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

/** The current user, or null when nobody is signed in (401 is an expected answer here, not an error). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const answer = await request<SessionAnswer>('GET', '/auth/me', { signal, sessionHandling: false });
    setCsrfToken(answer.csrfToken);
    return answer.user;
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null);
      // An idle time-out noticed here (on navigation or a reopened tab) is explained on the login page.
      if (err.code === 'AUTH_SESSION_EXPIRED') leaveSessionNotice('expired');
      return null;
    }
    throw err;
  }
}

export async function login(input: LoginInput): Promise<Me> {
  const answer = await request<SessionAnswer>('POST', '/auth/login', { body: input, sessionHandling: false });
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/auth/logout', { sessionHandling: false });
  } finally {
    // Whatever the server said, this tab no longer holds a usable session.
    setCsrfToken(null);
  }
}

export const fetchPasswordPolicy = () => api.get<PasswordPolicy>('/auth/password-policy');

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api.post<void>('/auth/password', body);

export const setupTotp = () => api.post<TotpSetup>('/auth/totp/setup');
export const enableTotp = (code: string) => api.post<void>('/auth/totp/enable', { code });
export const disableTotp = (password: string) => api.post<void>('/auth/totp/disable', { password });
