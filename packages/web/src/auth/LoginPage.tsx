import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { type Location, Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDateTime } from '../shared/format';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { AuthShell } from './AuthShell';
import { login } from './auth-api';
import { type LoginProblem, loginProblem } from './login-problem';
import { replaceSession, useMeQuery } from './session';
import { clearSessionNotice, currentSessionNotice } from './session-notice';
import { TotpCodeInput } from './TotpCodeInput';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths inside the console are followed after login, never an arbitrary URL from history state. */
function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || typeof from.pathname !== 'string' || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search ?? ''}`;
}

export function LoginPage() {
  const { t, lang } = useLanguage();
  const errorText = useErrorText();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meQuery = useMeQuery();
  const [credentialsForm] = Form.useForm<Credentials>();
  const [totpForm] = Form.useForm<{ totp: string }>();
  useRevalidateOnLanguage(credentialsForm);
  useRevalidateOnLanguage(totpForm);
  // Kept after the first step so the TOTP step can resubmit them; cleared when going back.
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [problem, setProblem] = useState<{ info: LoginProblem; text: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const sessionNotice = currentSessionNotice();

  if (meQuery.isPending) return <FullPageSpin />;
  if (meQuery.data) return <Navigate to={returnPath(location.state)} replace />;

  const attempt = async (creds: Credentials, totp?: string) => {
    setSubmitting(true);
    setProblem(null);
    try {
      const me = await login({ ...creds, ...(totp ? { totp } : {}) });
      clearSessionNotice();
      replaceSession(queryClient, me);
      navigate(returnPath(location.state), { replace: true });
    } catch (err) {
      const info = loginProblem(err);
      if (info.kind === 'totp-required') {
        setCredentials(creds);
        return;
      }
      if (info.kind === 'totp-invalid' && isApiError(err)) {
        totpForm.setFields([{ name: 'totp', errors: [err.text(lang)], value: '' }]);
        return;
      }
      if (info.kind === 'validation' && isApiError(err)) {
        if (showOnForm(totp ? totpForm : credentialsForm, err, lang)) return;
      }
      // Wrong password, lockout or a disabled account end the TOTP step: start again from the top.
      if (info.kind !== 'other') setCredentials(null);
      credentialsForm.setFieldValue('password', '');
      setProblem({ info, text: errorText(err) });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthShell heading={credentials ? t('auth.totpStepTitle') : t('auth.loginTitle')}>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {!problem && sessionNotice ? (
        <Alert
          type="warning"
          showIcon
          title={t(sessionNotice === 'expired' ? 'auth.sessionExpired' : 'auth.sessionEnded')}
          style={{ marginBottom: 16 }}
        />
      ) : null}

      {/* Both steps stay mounted so going back keeps the typed username. */}
      <div hidden={credentials !== null}>
        <Form
          form={credentialsForm}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => attempt({ username: v.username.trim(), password: v.password })}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.login')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
            {t('auth.loginNotice')}
          </Typography.Paragraph>
        </Form>
      </div>
      {credentials ? (
        <Form
          form={totpForm}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => attempt(credentials, v.totp)}
        >
          <Typography.Paragraph>
            {t('auth.totpStepHint', { username: credentials.username })}
          </Typography.Paragraph>
          <TotpCodeInput autoFocus />
          <Flex gap="small" vertical>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
              {t('auth.verify')}
            </Button>
            <Button
              block
              onClick={() => {
                setCredentials(null);
                totpForm.resetFields();
              }}
            >
              {t('auth.backToPassword')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </AuthShell>
  );
}

function ProblemAlert({ problem }: { problem: { info: LoginProblem; text: string } }) {
  const { t } = useLanguage();
  const { info, text } = problem;
  let description: string | undefined;
  if (info.kind === 'invalid-credentials' && info.remainingAttempts !== null) {
    description = t('auth.remainingAttempts', { count: info.remainingAttempts });
  } else if (info.kind === 'locked' && info.lockedUntil) {
    description = t('auth.lockedUntil', { time: formatDateTime(info.lockedUntil) });
  } else if (info.kind === 'locked' || info.kind === 'disabled') {
    description = t('auth.contactSecurityAdmin');
  }
  return (
    <Alert
      type={info.kind === 'other' ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={text}
      description={description}
      style={{ marginBottom: 16 }}
    />
  );
}
