import { ERRORS, type ErrorCode } from './codes.js';

export interface FieldIssue {
  field: string;
  message: string;
  messageEn: string;
}

/**
 * The only error the API lets out on purpose. Its code is stable (clients branch on it), its message is
 * Chinese first with English beside it, and its status comes from the catalogue, not from the call site.
 */
export class AppError extends Error {
  readonly status: number;
  readonly messageEn: string;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    messages?: { message: string; messageEn: string },
  ) {
    const entry = ERRORS[code];
    super(messages?.message ?? entry.message);
    this.status = entry.status;
    this.messageEn = messages?.messageEn ?? entry.messageEn;
    this.name = 'AppError';
  }

  toJSON() {
    return {
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

export function fieldError(field: string, message: string, messageEn: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, message, messageEn } satisfies FieldIssue]);
}
