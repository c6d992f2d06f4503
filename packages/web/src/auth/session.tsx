import type { Permission } from '@sanxiang/core';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import { setSessionListener } from '../api/client';
import { useLanguage } from '../i18n/language';
import { effectivePermissions } from './access';
import { fetchMe, type Me } from './auth-api';
import { leaveSessionNotice } from './session-notice';

export const ME_KEY = ['auth', 'me'] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * Drops every cached answer that belonged to the previous user (people, accounts, audit…) and records the
 * new one. Used at login, logout and when the session is lost, so nothing leaks across accounts.
 */
export function replaceSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, me);
}

interface CurrentUser {
  me: Me;
  permissions: Set<Permission>;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo(() => ({ me, permissions: effectivePermissions(me) }), [me]);
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only valid below the session gate, which guarantees there is one. */
export function useCurrentUser(): Me {
  const ctx = useContext(CurrentUserContext);
  if (!ctx) throw new Error('useCurrentUser must be used below the session gate');
  return ctx.me;
}

export function useCan(): (permission: Permission) => boolean {
  const ctx = useContext(CurrentUserContext);
  return (permission) => ctx?.permissions.has(permission) ?? false;
}

/**
 * Connects the framework-free API client to React: a lost session clears the user (the gate then sends the
 * browser to the login page) and explains why; a 403 asking for a password change or TOTP makes us ask
 * the server for Me again so the gate can show the right page.
 */
export function SessionListenerBridge() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useLanguage();
  // The listener is registered once; refs let it use the current language without re-registering.
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    setSessionListener({
      onSessionLost(code) {
        const hadUser = Boolean(queryClient.getQueryData(ME_KEY));
        replaceSession(queryClient, null);
        if (!hadUser) return;
        leaveSessionNotice(code === 'AUTH_SESSION_EXPIRED' ? 'expired' : 'ended');
        // One notice even when several requests fail together.
        message.warning({
          key: 'session-lost',
          content: tRef.current(
            code === 'AUTH_SESSION_EXPIRED' ? 'auth.sessionExpired' : 'auth.sessionEnded',
          ),
        });
      },
      onGateRequired() {
        void queryClient.invalidateQueries({ queryKey: ME_KEY });
      },
    });
    return () => setSessionListener(null);
  }, [queryClient, message]);

  return null;
}
