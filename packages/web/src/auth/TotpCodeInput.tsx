import { Form, Input } from 'antd';
import { useT } from '../i18n/language';
import { normaliseTotp, TOTP_PATTERN } from './totp-code';

/**
 * A single labelled text field rather than six boxes: it works with screen readers, password managers and
 * the phone's "one-time code" autofill.
 */
export function TotpCodeInput({ name = 'totp', autoFocus }: { name?: string; autoFocus?: boolean }) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t('auth.totpCode')}
      normalize={(v: string) => normaliseTotp(v ?? '')}
      rules={[
        { required: true, message: t('auth.totpCodeRequired') },
        { pattern: TOTP_PATTERN, message: t('auth.totpCodeFormat') },
      ]}
      extra={t('auth.totpCodeHint')}
    >
      <Input
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={7}
        autoFocus={autoFocus}
        placeholder="123456"
        style={{ letterSpacing: 4, fontSize: 18 }}
      />
    </Form.Item>
  );
}
