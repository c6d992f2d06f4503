import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Image, Steps, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { enableTotp, setupTotp, type TotpSetup } from '../auth/auth-api';
import { ME_KEY } from '../auth/session';
import { TotpCodeInput } from '../auth/TotpCodeInput';
import { groupSecret } from '../auth/totp-code';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';

/**
 * Setting up the authenticator: ask the server for a fresh secret, show it as a QR code and as text, then
 * confirm with one code so a mistyped secret cannot lock the user out later.
 */
export function TotpEnrolment({ onEnabled }: { onEnabled?: () => void }) {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  useRevalidateOnLanguage(form);
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      setSetup(await setupTotp());
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      await enableTotp(code);
      message.success(t('profile.totpEnabled'));
      setSetup(null);
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onEnabled?.();
    } catch (err) {
      if (isApiError(err) && (err.code === 'TOTP_CODE_INVALID' || err.code === 'AUTH_TOTP_INVALID')) {
        form.setFields([{ name: 'code', errors: [err.text(lang)], value: '' }]);
      } else if (!(isApiError(err) && showOnForm(form, err, lang))) {
        message.error(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  if (!setup) {
    return (
      <Flex vertical gap="middle" align="flex-start">
        <Typography.Paragraph style={{ margin: 0 }}>{t('profile.totpIntro')}</Typography.Paragraph>
        <Button type="primary" onClick={start} loading={busy}>
          {t('profile.totpStart')}
        </Button>
      </Flex>
    );
  }

  return (
    <Steps
      orientation="vertical"
      current={2}
      items={[
        {
          title: t('profile.totpStepScan'),
          content: (
            <Flex vertical gap="small" style={{ paddingBottom: 16 }}>
              <Typography.Text type="secondary">{t('profile.totpStepScanHint')}</Typography.Text>
              <Image
                src={setup.qrDataUrl}
                alt={t('profile.totpQrAlt')}
                width={200}
                height={200}
                preview={false}
                style={{ border: '1px solid #f0f0f0', padding: 8, background: '#fff' }}
              />
            </Flex>
          ),
        },
        {
          title: t('profile.totpStepSecret'),
          content: (
            <div style={{ paddingBottom: 16 }}>
              <Typography.Text code copyable={{ text: setup.secret }} style={{ fontSize: 16 }}>
                {groupSecret(setup.secret)}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('profile.totpStepConfirm'),
          content: (
            <Form form={form} layout="vertical" onFinish={confirm} style={{ maxWidth: 320 }}>
              <TotpCodeInput name="code" autoFocus />
              <Flex gap="small">
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('profile.totpConfirm')}
                </Button>
                <Button onClick={() => setSetup(null)} disabled={busy}>
                  {t('common.cancel')}
                </Button>
              </Flex>
            </Form>
          ),
        },
      ]}
    />
  );
}
