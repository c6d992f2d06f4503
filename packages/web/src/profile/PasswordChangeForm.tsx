import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { changePassword } from '../auth/auth-api';
import { ME_KEY, useCurrentUser } from '../auth/session';
import { useBilingual, useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { passwordShortfalls } from './password-rules';
import { usePasswordPolicy } from './use-password-policy';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface RuleProblem {
  rule?: string;
  message: string;
  messageEn: string;
}

/** The failed rules listed by a PASSWORD_TOO_WEAK, in the user's language. */
function weaknessTexts(err: ApiError, pick: (zh: string, en: string) => string): string[] {
  if (!Array.isArray(err.details)) return [];
  return (err.details as RuleProblem[])
    .filter((d) => d && (typeof d.message === 'string' || typeof d.messageEn === 'string'))
    .map((d) => pick(d.message, d.messageEn));
}

export function PasswordChangeForm({ onChanged }: { onChanged?: () => void }) {
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const policy = usePasswordPolicy();
  const me = useCurrentUser();
  const [submitting, setSubmitting] = useState(false);

  if (policy.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  // Without the policy the form still works: the server checks the new password either way.
  const rules = policy.data;

  const submit = async (v: Values) => {
    setSubmitting(true);
    try {
      await changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      message.success(t('profile.passwordChanged'));
      // mustChangePassword (and possibly the CSRF token) changed on the server.
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onChanged?.();
    } catch (err) {
      if (!isApiError(err)) {
        message.error(errorText(err));
      } else if (err.code === 'AUTH_INVALID_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', errors: [err.text(lang)], value: '' }]);
      } else if (err.code === 'PASSWORD_TOO_WEAK') {
        const texts = weaknessTexts(err, (zh, en) => pick(zh, en));
        form.setFields([{ name: 'newPassword', errors: texts.length ? texts : [err.text(lang)] }]);
      } else if (err.code === 'PASSWORD_REUSED') {
        form.setFields([{ name: 'newPassword', errors: [err.text(lang)] }]);
      } else if (!showOnForm(form, err, lang)) {
        message.error(err.text(lang));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 480 }}>
      {rules ? (
        <Alert
          type="info"
          showIcon
          title={pick(rules.description, rules.descriptionEn)}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Alert type="warning" showIcon title={t('profile.policyUnavailable')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="currentPassword"
        label={t('profile.currentPassword')}
        rules={[{ required: true, message: t('profile.currentPasswordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('profile.newPassword')}
        dependencies={['currentPassword']}
        hasFeedback
        rules={[
          { required: true, message: t('profile.newPasswordRequired') },
          ({ getFieldValue }) => ({
            validator(_, value: string | undefined) {
              if (!value) return Promise.resolve();
              const problems = rules ? passwordShortfalls(value, rules, me.username) : [];
              if (rules && problems.includes('too-short')) {
                return Promise.reject(new Error(t('profile.passwordTooShort', { min: rules.minLength })));
              }
              if (rules && problems.includes('too-few-classes')) {
                return Promise.reject(
                  new Error(
                    t('profile.passwordTooFewClasses', {
                      min: rules.minClasses,
                      // The policy names its classes in Chinese only.
                      classes:
                        lang === 'en' || rules.classes.length === 0
                          ? t('profile.characterClasses')
                          : rules.classes.join('、'),
                    }),
                  ),
                );
              }
              if (problems.includes('contains-username')) {
                return Promise.reject(new Error(t('profile.passwordHasUsername')));
              }
              if (value === getFieldValue('currentPassword')) {
                return Promise.reject(new Error(t('profile.passwordSameAsCurrent')));
              }
              return Promise.resolve();
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('profile.confirmPassword')}
        dependencies={['newPassword']}
        hasFeedback
        rules={[
          { required: true, message: t('profile.confirmPasswordRequired') },
          ({ getFieldValue }) => ({
            validator(_, value: string | undefined) {
              return !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('profile.passwordMismatch')));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
