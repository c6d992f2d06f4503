import { Alert, Button } from 'antd';
import { useT } from '../i18n/language';
import { TotpEnrolment } from '../profile/TotpEnrolment';
import { AuthShell } from './AuthShell';
import { useCurrentUser } from './session';
import { useLogout } from './use-logout';

/** Shown instead of the console while the user's role requires TOTP and none is set up yet. */
export function TotpEnrolmentPage() {
  const t = useT();
  const me = useCurrentUser();
  const logout = useLogout();
  return (
    <AuthShell
      heading={t('auth.totpEnrolTitle')}
      width={560}
      footer={
        <Button type="link" onClick={() => void logout()}>
          {t('auth.logoutInstead')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('auth.totpEnrolHint', { name: me.displayName })}
        style={{ marginBottom: 16 }}
      />
      <TotpEnrolment />
    </AuthShell>
  );
}
