import { useQuery } from '@tanstack/react-query';
import { fetchPasswordPolicy } from '../auth/auth-api';

export function usePasswordPolicy() {
  // The policy changes rarely; kept under the 'auth' key prefix, which survives switching users.
  return useQuery({
    queryKey: ['auth', 'password-policy'],
    queryFn: fetchPasswordPolicy,
    staleTime: 30 * 60_000,
  });
}
