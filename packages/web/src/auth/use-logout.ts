import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useLanguage } from '../i18n/language';
import { logout } from './auth-api';
import { replaceSession } from './session';

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useLanguage();
  return async () => {
    try {
      await logout();
      message.success(t('auth.loggedOut'));
    } catch {
      // The server may already have ended the session; locally we sign out either way.
    }
    replaceSession(queryClient, null);
    navigate('/login', { replace: true });
  };
}
