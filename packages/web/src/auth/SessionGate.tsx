import { Navigate, useLocation } from 'react-router';
import { ConsoleLayout } from '../layout/ConsoleLayout';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { ForcedPasswordChangePage } from './ForcedPasswordChangePage';
import { gateFor } from './gate';
import { CurrentUserProvider, useMeQuery } from './session';
import { TotpEnrolmentPage } from './TotpEnrolmentPage';

/**
 * Everything under /console/ except the login page passes here. Pending password changes and TOTP
 * enrolment are shown in place of whatever URL was asked for, so finishing them lands the user where
 * they meant to go.
 */
export function SessionGate() {
  const location = useLocation();
  const meQuery = useMeQuery();

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
