import { type ApiError, errorFromResponse, networkError } from './api-error';

// The one way the console talks to the server: same origin, cookies carry the session, every non-GET
// request carries the CSRF token the server handed out at login or /auth/me.

export const API_BASE = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Off for calls that expect a 401 as an ordinary answer (the start-up /auth/me probe, login), so they do
   * not trigger the "session lost" redirect.
   */
  sessionHandling?: boolean;
}

/** Reactions to session-level answers, registered once by the app shell (the client knows no React). */
export interface SessionListener {
  /** 401 AUTH_REQUIRED / AUTH_SESSION_EXPIRED on an ordinary call: the session is gone. */
  onSessionLost(code: 'AUTH_REQUIRED' | 'AUTH_SESSION_EXPIRED'): void;
  /** 403 asking for a password change or TOTP enrolment: Me is stale, fetch it again. */
  onGateRequired(code: 'AUTH_PASSWORD_CHANGE_REQUIRED' | 'AUTH_TOTP_ENROLMENT_REQUIRED'): void;
}

let csrfToken: string | null = null;
let listener: SessionListener | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setSessionListener(next: SessionListener | null): void {
  listener = next;
}

/** Empty filters are left out rather than sent as `q=`, which the server would read as "match empty". */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function notify(err: ApiError): void {
  if (!listener) return;
  if (err.status === 401 && (err.code === 'AUTH_REQUIRED' || err.code === 'AUTH_SESSION_EXPIRED')) {
    listener.onSessionLost(err.code);
  } else if (
    err.status === 403 &&
    (err.code === 'AUTH_PASSWORD_CHANGE_REQUIRED' || err.code === 'AUTH_TOTP_ENROLMENT_REQUIRED')
  ) {
    listener.onGateRequired(err.code);
  }
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (file uploads) sets its own multipart content type with the boundary.
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : multipart
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    // An abort is the caller's own doing (react-query cancelling a stale page), not a network failure.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }

  if (!res.ok) {
    const err = await errorFromResponse(res);
    if (options.sessionHandling !== false) notify(err);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data: files and their accompanying fields. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { body: form }),
};

/** The address of a file the API serves (exports, documents), for a plain download link. */
export const downloadUrl = (path: string, query?: Record<string, QueryValue>) => buildUrl(path, query);
