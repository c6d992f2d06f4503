import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography, theme } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/language';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/**
 * The centred card used by the pages a user sees before reaching the console: login, the forced password
 * change and TOTP enrolment.
 */
export function AuthShell({
  heading,
  children,
  footer,
  width = 420,
}: {
  heading: string;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
}) {
  const t = useT();
  const { token } = theme.useToken();
  useEffect(() => {
    document.title = `${heading} · ${t('app.title')}`;
  }, [heading, t]);

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 24,
        background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 60%)`,
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <main style={{ width: '100%', maxWidth: width }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <SafetyCertificateOutlined style={{ fontSize: 40, color: token.colorPrimary }} aria-hidden />
          <Typography.Title level={2} style={{ margin: '8px 0 0', textAlign: 'center' }}>
            {t('app.bureau')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 16 }}>
            {t('app.title')}
          </Typography.Text>
        </Flex>
        <Card title={heading}>{children}</Card>
        {footer ? <div style={{ marginTop: 16, textAlign: 'center' }}>{footer}</div> : null}
      </main>
    </Flex>
  );
}
