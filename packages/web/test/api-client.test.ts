// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, detailNumber, errorFromResponse, fieldProblems } from '../src/api/api-error';
import {
  api,
  buildUrl,
  request,
  type SessionListener,
  setCsrfToken,
  setSessionListener,
} from '../src/api/client';
import { formFieldErrors, withoutFieldPrefix } from '../src/api/form-errors';
import { shouldRetry } from '../src/api/query-client';

/** The ApiError a request rejects with; fails the test if it resolves instead. */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  const outcome = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(outcome instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(outcome)}`);
  return outcome;
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('buildUrl', () => {
  it('prefixes the API base and leaves out empty filters', () => {
    expect(buildUrl('/people', { page: 2, pageSize: 20, q: '', unitId: undefined, qualified: false })).toBe(
      '/api/v1/people?page=2&pageSize=20&qualified=false',
    );
  });

  it('encodes values', () => {
    expect(buildUrl('/users', { q: '张 三&x' })).toBe('/api/v1/users?q=%E5%BC%A0+%E4%B8%89%26x');
  });
});

describe('request', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken(null);
    setSessionListener(null);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  const headersOfCall = (n: number) =>
    (fetchMock.mock.calls[n]?.[1]?.headers ?? {}) as Record<string, string>;

  it('sends the CSRF token on writes and not on reads', async () => {
    setCsrfToken('tok-123');
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { items: [] }));
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { user: {} }));
    await request('GET', '/units');
    await request('POST', '/users/u1/disable', { body: { reason: '离职' } });
    expect(headersOfCall(0)['x-csrf-token']).toBeUndefined();
    expect(headersOfCall(1)['x-csrf-token']).toBe('tok-123');
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBe(JSON.stringify({ reason: '离职' }));
    expect(headersOfCall(1)['content-type']).toBe('application/json');
  });

  it('sends a FormData body as multipart (no JSON content type) with the CSRF token', async () => {
    setCsrfToken('tok-9');
    fetchMock.mockResolvedValueOnce(jsonResponse(202, { jobId: 'j1' }));
    const form = new FormData();
    form.append('workbook', new Blob(['x']), 'list.xlsx');
    await expect(api.upload('/catalogs/matters/versions/v3/import', form)).resolves.toEqual({ jobId: 'j1' });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(form);
    expect(headersOfCall(0)['content-type']).toBeUndefined();
    expect(headersOfCall(0)['x-csrf-token']).toBe('tok-9');
  });

  it('deletes with the CSRF token and no body', async () => {
    setCsrfToken('tok-9');
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(api.delete('/catalogs/matters/versions/v3/items/CG-1')).resolves.toBeUndefined();
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('DELETE');
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBeUndefined();
    expect(headersOfCall(0)['x-csrf-token']).toBe('tok-9');
  });

  it('returns parsed JSON, and undefined for 204', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ok: true, checked: 3 }));
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(request('GET', '/audit/verify')).resolves.toEqual({ ok: true, checked: 3 });
    await expect(request('POST', '/auth/logout')).resolves.toBeUndefined();
  });

  it('turns an error body into an ApiError with both languages and details', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(401, {
        code: 'AUTH_INVALID_CREDENTIALS',
        message: '用户名或口令错误',
        messageEn: 'Wrong username or password',
        details: { remainingAttempts: 2 },
      }),
    );
    const err = await failure(request('POST', '/auth/login', { body: {}, sessionHandling: false }));
    expect(err.status).toBe(401);
    expect(err.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(err.text('zh-CN')).toBe('用户名或口令错误');
    expect(err.text('en')).toBe('Wrong username or password');
    expect(detailNumber(err, 'remainingAttempts')).toBe(2);
  });

  it('gives a non-JSON failure (a proxy page) a generic bilingual error', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad Gateway</html>', { status: 502 }));
    const err = await failure(request('GET', '/units'));
    expect(err.code).toBe('HTTP_502');
    expect(err.status).toBe(502);
    expect(err.text('zh-CN')).toContain('502');
    expect(err.text('en')).toContain('502');
  });

  it('reports a dropped connection as NETWORK_ERROR with status 0', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const err = await failure(request('GET', '/units'));
    expect(err.code).toBe('NETWORK_ERROR');
    expect(err.status).toBe(0);
  });

  it('tells the listener when the session expired, unless the caller handles 401 itself', async () => {
    const listener: SessionListener = { onSessionLost: vi.fn(), onGateRequired: vi.fn() };
    setSessionListener(listener);
    const expired = { code: 'AUTH_SESSION_EXPIRED', message: '会话已超时', messageEn: 'Session expired' };
    fetchMock.mockResolvedValueOnce(jsonResponse(401, expired));
    fetchMock.mockResolvedValueOnce(jsonResponse(401, expired));
    await request('GET', '/people').catch(() => undefined);
    await request('GET', '/auth/me', { sessionHandling: false }).catch(() => undefined);
    expect(listener.onSessionLost).toHaveBeenCalledTimes(1);
    expect(listener.onSessionLost).toHaveBeenCalledWith('AUTH_SESSION_EXPIRED');
    expect(listener.onGateRequired).not.toHaveBeenCalled();
  });

  it('does not treat a wrong password as a lost session', async () => {
    const listener: SessionListener = { onSessionLost: vi.fn(), onGateRequired: vi.fn() };
    setSessionListener(listener);
    fetchMock.mockResolvedValueOnce(
      jsonResponse(401, {
        code: 'AUTH_INVALID_CREDENTIALS',
        message: '当前口令错误',
        messageEn: 'Wrong password',
      }),
    );
    await request('POST', '/auth/password', { body: {} }).catch(() => undefined);
    expect(listener.onSessionLost).not.toHaveBeenCalled();
  });

  it('asks for a fresh Me when the server demands a password change', async () => {
    const listener: SessionListener = { onSessionLost: vi.fn(), onGateRequired: vi.fn() };
    setSessionListener(listener);
    fetchMock.mockResolvedValueOnce(
      jsonResponse(403, {
        code: 'AUTH_PASSWORD_CHANGE_REQUIRED',
        message: '请先修改口令',
        messageEn: 'Change password',
      }),
    );
    await request('GET', '/dashboard/summary').catch(() => undefined);
    expect(listener.onGateRequired).toHaveBeenCalledWith('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect(listener.onSessionLost).not.toHaveBeenCalled();
  });
});

describe('validation errors', () => {
  const validation = () =>
    errorFromResponse(
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        message: '输入有误',
        messageEn: 'Invalid input',
        details: [
          { field: 'username', message: '用户名已存在', messageEn: 'Username taken' },
          { field: 'roles.1', message: '未知角色', messageEn: 'Unknown role' },
          { field: 'username', message: '过长', messageEn: 'Too long' },
          { nonsense: true },
        ],
      }),
    );

  it('keeps only well-formed field problems', async () => {
    const err = await validation();
    expect(fieldProblems(err).map((p) => p.field)).toEqual(['username', 'roles.1', 'username']);
  });

  it('groups messages per field in the chosen language, with array indexes as numbers', async () => {
    const err = await validation();
    expect(formFieldErrors(err, 'zh-CN')).toEqual([
      { name: ['username'], errors: ['用户名已存在', '过长'] },
      { name: ['roles', 1], errors: ['未知角色'] },
    ]);
    expect(formFieldErrors(err, 'en')[0]).toEqual({
      name: ['username'],
      errors: ['Username taken', 'Too long'],
    });
  });
});

describe('withoutFieldPrefix', () => {
  it('drops the field path the server puts before a message shown beside that field', () => {
    expect(withoutFieldPrefix('bases.0.article：条号须为正整数', 'bases.0.article')).toBe('条号须为正整数');
    expect(withoutFieldPrefix('code: must match', 'code')).toBe('must match');
    expect(withoutFieldPrefix('用户名已存在', 'username')).toBe('用户名已存在');
    // Only the field's own path is a prefix; another field's name stays.
    expect(withoutFieldPrefix('name：请填写事项名称', 'code')).toBe('name：请填写事项名称');
  });

  it('applies when grouping validation errors for the form', async () => {
    const err = await errorFromResponse(
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        message: '请求参数有误',
        messageEn: 'The request is invalid',
        details: [
          {
            field: 'discretion.0.fineMax',
            message: 'discretion.0.fineMax：罚款下限不能高于上限',
            messageEn: 'discretion.0.fineMax: 罚款下限不能高于上限',
          },
        ],
      }),
    );
    expect(formFieldErrors(err, 'zh-CN')).toEqual([
      { name: ['discretion', 0, 'fineMax'], errors: ['罚款下限不能高于上限'] },
    ]);
  });
});

describe('shouldRetry', () => {
  const err = (status: number) => new ApiError(status, { code: 'X', message: 'x', messageEn: 'x' });
  it('retries network failures and server errors a couple of times, never client errors', () => {
    expect(shouldRetry(0, err(0))).toBe(true);
    expect(shouldRetry(1, err(503))).toBe(true);
    expect(shouldRetry(2, err(503))).toBe(false);
    expect(shouldRetry(0, err(403))).toBe(false);
    expect(shouldRetry(0, err(401))).toBe(false);
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
  });
});
