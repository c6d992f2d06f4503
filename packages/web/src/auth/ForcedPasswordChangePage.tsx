import { Alert, Button } from 'antd';
import { useT } from '../i18n/language';
import { PasswordChangeForm } from '../profile/PasswordChangeForm';
import { AuthShell } from './AuthShell';
import { useCurrentUser } from './session';
import { useLogout } from './use-logout';

/** Shown instead of the console while the server insists on a new password (first login, after a reset). */
export function ForcedPasswordChangePage() {
  const t = useT();
  const me = useCurrentUser();
  const logout = useLogout();
  return (
    <AuthShell
      heading={t('auth.forcedPasswordTitle')}
      width={520}
      footer={
        <Button type="link" onClick={() => void logout()}>
          {t('auth.logoutInstead')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('auth.forcedPasswordHint', { name: me.displayName })}
        style={{ marginBottom: 16 }}
      />
      {/* Success refreshes Me; the gate then lets the console through on its own. */}
      <PasswordChangeForm />
    </AuthShell>
  );
}
