import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Card,
  Descriptions,
  Empty,
  Skeleton,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ME_KEY, useCan } from '../auth/session';
import { useBilingual, useLanguage } from '../i18n/language';
import { usePasswordPolicy } from '../profile/use-password-policy';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { fetchRoles, type RoleInfo, setTotpPolicy } from './users-api';

const ROLES_KEY = ['roles'] as const;

export function SecurityPolicyPage() {
  const { t } = useLanguage();
  const pick = useBilingual();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const roles = useQuery({
    queryKey: ROLES_KEY,
    queryFn: ({ signal }) => fetchRoles(signal).then((r) => r.items),
  });
  const policy = usePasswordPolicy();
  const [toggling, setToggling] = useState<RoleInfo | null>(null);

  const columns: TableColumnsType<RoleInfo> = [
    {
      title: t('security.role'),
      key: 'name',
      render: (_, r) => (
        <>
          <Typography.Text strong>{pick(r.name, r.nameEn)}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </>
      ),
    },
    { title: t('security.description'), dataIndex: 'description' },
    {
      title: t('security.reach'),
      dataIndex: 'reach',
      render: (reach: RoleInfo['reach']) =>
        reach === 'all' ? t('security.reachAll') : t('security.reachSubtree'),
    },
    {
      title: t('security.kind'),
      key: 'kind',
      render: (_, r) => (
        <>
          {r.admin ? <Tag color="red">{t('security.admin')}</Tag> : null}
          {r.readOnly ? <Tag color="default">{t('security.readOnly')}</Tag> : null}
          {!r.admin && !r.readOnly ? <Tag color="blue">{t('security.business')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('security.totpRequired'),
      key: 'totp',
      width: 140,
      render: (_, r) => (
        <Switch
          checked={r.totpRequired}
          disabled={!can('security.policy')}
          aria-label={t('security.totpSwitch', { role: pick(r.name, r.nameEn) })}
          checkedChildren={t('security.required')}
          unCheckedChildren={t('security.optional')}
          onChange={() => setToggling(r)}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.security')} subTitle={t('security.subtitle')} />
      <Card title={t('security.totpPolicy')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('security.totpPolicyHint')}</Typography.Paragraph>
        {roles.isError ? (
          <ErrorResult error={roles.error} onRetry={() => void roles.refetch()} />
        ) : (
          <Table<RoleInfo>
            rowKey="code"
            columns={columns}
            dataSource={roles.data ?? []}
            loading={roles.isPending}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          />
        )}
      </Card>
      <Card title={t('security.passwordPolicy')}>
        {policy.isPending ? (
          <Skeleton active />
        ) : policy.isError ? (
          <ErrorResult error={policy.error} onRetry={() => void policy.refetch()} />
        ) : (
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'minLength', label: t('security.minLength'), children: policy.data.minLength },
              { key: 'minClasses', label: t('security.minClasses'), children: policy.data.minClasses },
              {
                key: 'classes',
                label: t('security.classes'),
                children: policy.data.classes.map((c) => <Tag key={c}>{c}</Tag>),
              },
              {
                key: 'description',
                label: t('security.policyText'),
                children: pick(policy.data.description, policy.data.descriptionEn),
              },
            ]}
          />
        )}
      </Card>
      <ReasonModal
        open={toggling !== null}
        title={t('security.changeTotpTitle')}
        description={
          toggling
            ? t(toggling.totpRequired ? 'security.confirmOptional' : 'security.confirmRequired', {
                role: pick(toggling.name, toggling.nameEn),
              })
            : undefined
        }
        okText={t('common.save')}
        danger={toggling?.totpRequired === true}
        onSubmit={async (reason) => {
          if (!toggling) return;
          const { items } = await setTotpPolicy(toggling.code, !toggling.totpRequired, reason);
          queryClient.setQueryData(ROLES_KEY, items);
          // The change may apply to the administrator's own role, which can put them through enrolment.
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
          message.success(t('security.totpPolicySaved'));
        }}
        onClose={() => setToggling(null)}
      />
    </>
  );
}
