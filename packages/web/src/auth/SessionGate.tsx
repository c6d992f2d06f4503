import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ConsoleLayout } from '../layout/ConsoleLayout';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { ForcedPasswordChangePage } from './ForcedPasswordChangePage';
import { gateFor } from './gate';
import { CurrentUserProvider, ME_KEY, useMeQuery } from './session';
import { TotpEnrolmentPage } from './TotpEnrolmentPage';

/**
 * Asks the server for Me again whenever the user moves to another page. Pages often render from cache, so
 * without this an idle time-out would only show at the next data request; moving between pages is the
 * user's own activity, so the check does not keep an abandoned session alive.
 */
function useRecheckOnNavigation(pathname: string): void {
  const queryClient = useQueryClient();
  // Me was fetched just now to render the first page; only later moves trigger a check.
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }, [pathname, queryClient]);
}

/**
 * Everything under /console/ except the login page passes here. Pending password changes and TOTP
 * enrolment are shown in place of whatever URL was asked for, so finishing them lands the user where
 * they meant to go.
 */
export function SessionGate() {
  const location = useLocation();
  const meQuery = useMeQuery();
  useRecheckOnNavigation(location.pathname);

  if (meQuery.isPending) return <FullPageSpin />;
  if (meQuery.isError) return <ErrorResult error={meQuery.error} onRetry={() => void meQuery.refetch()} />;
  const me = meQuery.data;
  if (!me) return <Navigate to="/login" replace state={{ from: location }} />;

  const gate = gateFor(me);
  return (
    <CurrentUserProvider me={me}>
      {gate === 'change-password' ? (
        <ForcedPasswordChangePage />
      ) : gate === 'enrol-totp' ? (
        <TotpEnrolmentPage />
      ) : (
        <ConsoleLayout />
      )}
    </CurrentUserProvider>
  );
}
