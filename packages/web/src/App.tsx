import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client';
import { SessionListenerBridge } from './auth/session';
import { LanguageProvider, useLanguage } from './i18n/language';
import { createConsoleRouter } from './routes';

const THEME = {
  token: {
    // The blue of government service portals; readable Chinese type comes first in the font stack.
    colorPrimary: '#1756a9',
    // Links and "info" (processing tags, info alerts) default to a lighter blue (#1677ff, 4.0:1 on white),
    // which fails AA for body text; they use the primary blue too.
    colorInfo: '#1756a9',
    colorLink: '#1756a9',
    // antd's default greys and status colours fall below WCAG AA contrast on white (axe: color-contrast);
    // government sites must meet it (GB/T 37668), so the secondary text and status hues are darkened.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    colorSuccess: '#2b7a0b',
    colorWarning: '#ad5700',
    colorError: '#c41d1d',
    colorSuccessBg: '#f1f8ec',
    colorWarningBg: '#fff7e6',
    colorErrorBg: '#fff1f0',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

function LocalisedApp() {
  const { lang } = useLanguage();
  // Created once per page load; kept in state so re-renders (a language switch) do not drop the cache.
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createConsoleRouter);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionListenerBridge />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <LocalisedApp />
    </LanguageProvider>
  );
}
