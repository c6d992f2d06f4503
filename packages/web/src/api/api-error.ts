// Every failure the console can meet is turned into one ApiError, so screens only ever handle one shape:
// server errors carry their own bilingual message; transport failures get a bilingual one made up here.

export interface FieldProblem {
  field: string;
  message: string;
  messageEn: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  messageEn: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(`${body.code}: ${body.messageEn || body.message}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.messageZh = body.message;
    this.messageEn = body.messageEn;
    this.details = body.details;
  }

  /** The message in the language the user reads. */
  text(lang: 'zh-CN' | 'en'): string {
    return lang === 'en' ? this.messageEn || this.messageZh : this.messageZh || this.messageEn;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (typeof v.message === 'string' || typeof v.messageEn === 'string');
}

/**
 * Turns a non-2xx response into an ApiError. A reverse proxy or a crashed server may answer with HTML or
 * nothing at all, so anything that is not the contract's error body becomes a generic HTTP_<status> error.
 */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let parsed: unknown = null;
  try {
    const text = await res.text();
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (isErrorBody(parsed)) {
    return new ApiError(res.status, {
      code: parsed.code,
      message: parsed.message ?? parsed.messageEn,
      messageEn: parsed.messageEn ?? parsed.message,
      details: parsed.details,
    });
  }
  return new ApiError(res.status, {
    code: `HTTP_${res.status}`,
    message: `服务器返回错误（HTTP ${res.status}），请稍后重试`,
    messageEn: `The server answered with an error (HTTP ${res.status}). Please try again later.`,
  });
}

export function networkError(cause: unknown): ApiError {
  const err = new ApiError(0, {
    code: 'NETWORK_ERROR',
    message: '无法连接服务器，请检查网络后重试',
    messageEn: 'Cannot reach the server. Check the network and try again.',
  });
  (err as { cause?: unknown }).cause = cause;
  return err;
}

/** The per-field problems of a 400 VALIDATION_FAILED (or any error whose details have that shape). */
export function fieldProblems(err: ApiError): FieldProblem[] {
  if (!Array.isArray(err.details)) return [];
  return err.details.filter(
    (d): d is FieldProblem =>
      typeof d === 'object' && d !== null && typeof (d as FieldProblem).field === 'string',
  );
}

/** A numeric detail such as remainingAttempts, if the server sent one. */
export function detailNumber(err: ApiError, key: string): number | null {
  const d = err.details;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return null;
  const v = (d as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : null;
}

export function detailString(err: ApiError, key: string): string | null {
  const d = err.details;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return null;
  const v = (d as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}
