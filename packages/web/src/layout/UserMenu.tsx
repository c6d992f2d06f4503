import { DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, type MenuProps, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/session';
import { useLogout } from '../auth/use-logout';
import { useLanguage } from '../i18n/language';
import { roleName } from './role-names';

export function UserMenu() {
  const me = useCurrentUser();
  const { t, lang } = useLanguage();
  const navigate = useNavigate();
  const logout = useLogout();
  const roles = me.roles.map((r) => roleName(r, lang)).join('、');

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <Flex vertical style={{ maxWidth: 280 }}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <Typography.Text type="secondary">{me.unit.name}</Typography.Text>
          <Typography.Text type="secondary">{roles || t('layout.noRoles')}</Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'profile', icon: <SettingOutlined />, label: t('menu.profile') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') navigate('/profile');
    if (key === 'logout') void logout();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      {/* No aria-label: the visible name and unit are the accessible name (axe: label-content-name-mismatch). */}
      <Button type="text" title={t('layout.userMenu', { name: me.displayName })}>
        <Flex align="center" gap="small">
          <Avatar size="small" icon={<UserOutlined />} />
          <span>{me.displayName}</span>
          <Typography.Text type="secondary" className="console-header-unit">
            {me.unit.name}
          </Typography.Text>
          <DownOutlined />
        </Flex>
      </Button>
    </Dropdown>
  );
}
