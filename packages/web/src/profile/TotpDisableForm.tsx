import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { disableTotp } from '../auth/auth-api';
import { ME_KEY } from '../auth/session';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';

/** Turning TOTP off asks for the password again: a session left open on a shared PC must not be enough. */
export function TotpDisableForm() {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ password: string }>();
  useRevalidateOnLanguage(form);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let password: string;
    try {
      ({ password } = await form.validateFields());
    } catch {
      return; // the field shows what is missing
    }
    setBusy(true);
    try {
      await disableTotp(password);
      form.resetFields();
      message.success(t('profile.totpDisabled'));
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
    } catch (err) {
      if (isApiError(err) && err.code === 'AUTH_INVALID_CREDENTIALS') {
        form.setFields([{ name: 'password', errors: [err.text(lang)], value: '' }]);
      } else {
        message.error(errorText(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 360 }}>
      <Form.Item
        name="password"
        label={t('profile.totpDisablePassword')}
        rules={[{ required: true, message: t('profile.currentPasswordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Popconfirm
        title={t('profile.totpDisableConfirm')}
        okText={t('profile.totpDisable')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={submit}
      >
        <Button danger loading={busy}>
          {t('profile.totpDisable')}
        </Button>
      </Popconfirm>
    </Form>
  );
}
