import { Alert, Flex, Tag } from 'antd';
import { useCurrentUser } from '../auth/session';
import { useT } from '../i18n/language';
import { TotpDisableForm } from './TotpDisableForm';
import { TotpEnrolment } from './TotpEnrolment';

export function TotpSection() {
  const me = useCurrentUser();
  const t = useT();
  return (
    <Flex vertical gap="middle">
      <div>
        {me.totpEnabled ? (
          <Tag color="success">{t('profile.totpOn')}</Tag>
        ) : (
          <Tag>{t('profile.totpOff')}</Tag>
        )}
        {me.totpRequired ? <Tag color="processing">{t('profile.totpRequiredByRole')}</Tag> : null}
      </div>
      {!me.totpEnabled ? (
        <TotpEnrolment />
      ) : me.totpRequired ? (
        // The server would refuse with TOTP_REQUIRED_BY_POLICY; say so up front instead of offering the button.
        <Alert type="info" showIcon title={t('profile.totpCannotDisable')} />
      ) : (
        <TotpDisableForm />
      )}
    </Flex>
  );
}
