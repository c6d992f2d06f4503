import { PlusOutlined } from '@ant-design/icons';
import { ROLE_CODES, type RoleCode } from '@sanxiang/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useLanguage } from '../i18n/language';
import { roleName } from '../layout/role-names';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { readEnum } from '../shared/search-state';
import { useSearchState } from '../shared/use-search-state';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { type AccountAction, accountActions, isLocked } from './account-rules';
import { CreateUserModal } from './CreateUserModal';
import { InitialPasswordModal } from './InitialPasswordModal';
import { RolesModal } from './RolesModal';
import {
  disableUser,
  enableUser,
  fetchUsers,
  resetPassword,
  USER_STATUS_FILTERS,
  type UserAccount,
  type UsersQuery,
  unlockUser,
} from './users-api';

/** Actions that need only a reason; role changes have their own dialog. */
type ReasonAction = Exclude<AccountAction, 'roles'>;

export function UsersPage() {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useSearchState();

  const [creating, setCreating] = useState(false);
  const [editingRoles, setEditingRoles] = useState<UserAccount | null>(null);
  const [pending, setPending] = useState<{ action: ReasonAction; user: UserAccount } | null>(null);
  const [shownPassword, setShownPassword] = useState<{ username: string; password: string } | null>(null);

  const query: UsersQuery = {
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    role: readEnum(params, 'role', ROLE_CODES),
    unitId: params.get('unitId') ?? undefined,
    status: readEnum(params, 'status', USER_STATUS_FILTERS),
  };
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);

  const users = useQuery({
    queryKey: ['users', 'list', query],
    queryFn: ({ signal }) => fetchUsers(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const now = new Date();

  const runReasonAction = async (action: ReasonAction, user: UserAccount, reason: string) => {
    switch (action) {
      case 'disable':
        await disableUser(user.id, reason);
        message.success(t('admin.disabled', { username: user.username }));
        break;
      case 'enable':
        await enableUser(user.id, reason);
        message.success(t('admin.enabled', { username: user.username }));
        break;
      case 'unlock':
        await unlockUser(user.id, reason);
        message.success(t('admin.unlocked', { username: user.username }));
        break;
      case 'reset-password': {
        const { initialPassword } = await resetPassword(user.id, reason);
        setShownPassword({ username: user.username, password: initialPassword });
        break;
      }
    }
    await refresh();
  };

  const actionLabel: Record<AccountAction, string> = {
    disable: t('admin.disable'),
    enable: t('admin.enable'),
    roles: t('admin.editRoles'),
    unlock: t('admin.unlock'),
    'reset-password': t('admin.resetPassword'),
  };

  const columns: TableColumnsType<UserAccount> = [
    { title: t('admin.username'), dataIndex: 'username', fixed: 'left' },
    { title: t('admin.displayName'), dataIndex: 'displayName' },
    { title: t('admin.unit'), key: 'unit', render: (_, u) => u.unit.name },
    {
      title: t('admin.roles'),
      key: 'role',
      filters: ROLE_CODES.map((c) => ({ text: roleName(c, lang), value: c })),
      filterMultiple: false,
      filteredValue: query.role ? [query.role] : null,
      render: (_, u) => (
        <Flex wrap gap={4}>
          {u.roles.map((r: RoleCode) => (
            <Tag key={r} style={{ marginInlineEnd: 0 }}>
              {roleName(r, lang)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('admin.status'),
      key: 'status',
      filters: USER_STATUS_FILTERS.map((s) => ({ text: t(`admin.status.${s}`), value: s })),
      filterMultiple: false,
      filteredValue: query.status ? [query.status] : null,
      render: (_, u) => (
        <Flex wrap gap={4}>
          {u.status === 'active' ? (
            <Tag color="success">{t('admin.status.active')}</Tag>
          ) : (
            <Tag color="default">{t('admin.status.disabled')}</Tag>
          )}
          {isLocked(u, now) ? (
            <Tooltip title={t('admin.lockedUntil', { time: formatDateTime(u.lockedUntil) })}>
              <Tag color="error">{t('admin.status.locked')}</Tag>
            </Tooltip>
          ) : null}
          {u.mustChangePassword ? <Tag color="warning">{t('admin.mustChangePassword')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('admin.totp'),
      dataIndex: 'totpEnabled',
      width: 100,
      render: (on: boolean) =>
        on ? (
          <Tag color="blue">{t('admin.totpOn')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('admin.totpOff')}</Typography.Text>
        ),
    },
    {
      title: t('admin.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) => formatDateTime(v, t('admin.neverLoggedIn')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, u) => {
        const actions = accountActions(u, can, now);
        if (actions.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Flex wrap gap={4}>
            {actions.map((a) => (
              <Button
                key={a}
                size="small"
                type="link"
                danger={a === 'disable' || a === 'reset-password'}
                onClick={() => (a === 'roles' ? setEditingRoles(u) : setPending({ action: a, user: u }))}
              >
                {actionLabel[a]}
              </Button>
            ))}
          </Flex>
        );
      },
    },
  ];

  const hasFilters = Boolean(query.q || query.role || query.unitId || query.status);

  return (
    <>
      <PageHeader
        title={t('menu.accounts')}
        subTitle={t('admin.accountsSubtitle')}
        extra={
          can('users.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('admin.createUser')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <UnitTreeSelect
            aria-label={t('admin.filterUnit')}
            placeholder={t('admin.filterUnit')}
            value={query.unitId}
            onChange={(unitId) => update({ unitId })}
            style={{ width: 260 }}
          />
          <Input.Search
            aria-label={t('admin.search')}
            placeholder={t('admin.search')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(q) => update({ q: q.trim() })}
            enterButton={t('common.search')}
            style={{ width: 320 }}
          />
          {hasFilters ? (
            <Button onClick={() => update({ q: null, role: null, unitId: null, status: null })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {users.isError && !users.data ? (
          <ErrorResult error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<UserAccount>
            rowKey="id"
            columns={columns}
            dataSource={users.data?.items ?? []}
            loading={users.isFetching}
            scroll={{ x: 1200 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={hasFilters ? t('common.noMatch') : t('admin.noAccounts')}
                />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: users.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination, filters) => {
              const role = filters.role?.[0];
              const status = filters.status?.[0];
              update({
                page: pagination.current,
                pageSize: pagination.pageSize,
                role: role === undefined ? null : String(role),
                status: status === undefined ? null : String(status),
              });
            }}
          />
        )}
      </Card>

      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user, initialPassword) => {
          setCreating(false);
          message.success(t('admin.created', { username: user.username }));
          setShownPassword({ username: user.username, password: initialPassword });
          void refresh();
        }}
      />
      <RolesModal
        user={editingRoles}
        onClose={() => setEditingRoles(null)}
        onSaved={(user) => {
          setEditingRoles(null);
          message.success(t('admin.rolesSaved', { username: user.username }));
          void refresh();
        }}
      />
      <ReasonModal
        open={pending !== null}
        title={pending ? `${actionLabel[pending.action]} · ${pending.user.username}` : ''}
        description={
          pending ? t(`admin.confirm.${pending.action}`, { name: pending.user.displayName }) : undefined
        }
        okText={pending ? actionLabel[pending.action] : t('common.ok')}
        danger={pending?.action === 'disable' || pending?.action === 'reset-password'}
        onSubmit={(reason) =>
          pending ? runReasonAction(pending.action, pending.user, reason) : Promise.resolve()
        }
        onClose={() => setPending(null)}
      />
      <InitialPasswordModal value={shownPassword} onClose={() => setShownPassword(null)} />
    </>
  );
}
