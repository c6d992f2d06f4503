import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CameraOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  EyeOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  FundOutlined,
  GlobalOutlined,
  IdcardOutlined,
  KeyOutlined,
  MessageOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SnippetsOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Flex, Layout, Menu, type MenuProps, Spin, Typography, theme } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { effectivePermissions } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { useT } from '../i18n/language';
import { LanguageSwitch } from './LanguageSwitch';
import { MENU_GROUPS, type MenuGroup, type MenuKey, menuKeyForPath, visibleMenuEntries } from './menu-items';
import { UserMenu } from './UserMenu';

const ICONS: Record<MenuKey, ReactNode> = {
  dashboard: <DashboardOutlined />,
  cases: <FolderOpenOutlined />,
  evidence: <VideoCameraOutlined />,
  devices: <CameraOutlined />,
  reviews: <CheckSquareOutlined />,
  reviewFigures: <BarChartOutlined />,
  laws: <BookOutlined />,
  matters: <OrderedListOutlined />,
  inspections: <FileSearchOutlined />,
  rules: <SnippetsOutlined />,
  windows: <ShopOutlined />,
  'annual-report': <FundOutlined />,
  publicity: <GlobalOutlined />,
  'publicity-corrections': <MessageOutlined />,
  people: <IdcardOutlined />,
  units: <ApartmentOutlined />,
  calendar: <CalendarOutlined />,
  accounts: <TeamOutlined />,
  security: <SafetyCertificateOutlined />,
  caseAccess: <KeyOutlined />,
  readLog: <EyeOutlined />,
  audit: <AuditOutlined />,
};

const GROUP_ICONS: Record<MenuGroup, ReactNode> = {
  disclosure: <NotificationOutlined />,
};

const groupKey = (group: MenuGroup) => `group:${group}`;

export function ConsoleLayout() {
  const me = useCurrentUser();
  const t = useT();
  const location = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);

  // Items are real links, so they can be opened in a new tab and are announced as links. Grouped entries
  // go into one sub-menu, placed where the group's first entry is.
  const items: NonNullable<MenuProps['items']> = [];
  const groups = new Map<MenuGroup, NonNullable<MenuProps['items']>>();
  for (const e of visibleMenuEntries(effectivePermissions(me))) {
    const item = { key: e.key, icon: ICONS[e.key], label: <Link to={e.path}>{t(e.label)}</Link> };
    if (!e.group) {
      items.push(item);
      continue;
    }
    let children = groups.get(e.group);
    if (!children) {
      children = [];
      groups.set(e.group, children);
      items.push({
        key: groupKey(e.group),
        icon: GROUP_ICONS[e.group],
        label: t(MENU_GROUPS[e.group]),
        children,
      });
    }
    children.push(item);
  }
  const selected = menuKeyForPath(location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={224}
        theme="light"
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex align="center" justify="center" style={{ height: 64, padding: '0 12px' }}>
          <Typography.Text
            strong
            ellipsis
            style={{ color: token.colorPrimary, fontSize: collapsed ? 14 : 16 }}
          >
            {collapsed ? t('app.shortTitle') : t('app.bureau')}
          </Typography.Text>
        </Flex>
        <nav aria-label={t('layout.mainNav')}>
          <Menu
            mode="inline"
            items={items}
            defaultOpenKeys={[...groups.keys()].map(groupKey)}
            selectedKeys={selected ? [selected] : []}
            style={{ borderInlineEnd: 0 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap="middle">
            <Typography.Text strong ellipsis className="console-header-title">
              {t('app.bureau')} · {t('app.title')}
            </Typography.Text>
            <Flex align="center" gap="middle">
              <LanguageSwitch />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Suspense
              fallback={
                <Flex justify="center" style={{ padding: 48 }}>
                  <Spin description={t('common.loading')} />
                </Flex>
              }
            >
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
