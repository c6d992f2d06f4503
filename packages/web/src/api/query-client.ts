import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/**
 * Retries only what retrying can fix: dropped connections and 5xx. A 4xx (no permission, bad filter,
 * session gone) would fail the same way again and only delay the message.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
