import {
  ApartmentOutlined,
  AuditOutlined,
  IdcardOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { ROLES } from '@sanxiang/core';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Progress, Row, Skeleton, Statistic, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useCan, useCurrentUser } from '../auth/session';
import type { MessageKey } from '../i18n/dictionary';
import { useLanguage } from '../i18n/language';
import { CERTIFICATE_LABEL } from '../people/certificate-status';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { type BreakdownKey, certificateBreakdown } from './certificate-breakdown';
import { fetchDashboard } from './dashboard-api';

const BAR_COLOR: Record<BreakdownKey, string> = {
  valid: '#52c41a',
  expiring: '#faad14',
  expired: '#ff4d4f',
  none: '#bfbfbf',
};

interface StatCard {
  key: string;
  title: MessageKey;
  value: number;
  icon: ReactNode;
  /** Where clicking the card leads, when the user may go there. */
  to?: string;
  warn?: boolean;
}

export function DashboardPage() {
  const { t } = useLanguage();
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const summary = useQuery({ queryKey: ['dashboard'], queryFn: ({ signal }) => fetchDashboard(signal) });

  const header = (
    <PageHeader
      title={t('menu.dashboard')}
      subTitle={t('dashboard.welcome', {
        name: me.displayName,
        // Any role that reaches the whole bureau widens the scope to all of it.
        scope: me.roles.some((r) => ROLES[r]?.reach === 'all') ? t('dashboard.scopeAll') : me.unit.name,
      })}
    />
  );
  if (summary.isPending) {
    return (
      <>
        {header}
        <Row gutter={[16, 16]}>
          {[1, 2, 3, 4].map((i) => (
            <Col key={i} xs={24} sm={12} xl={6}>
              <Card>
                <Skeleton active paragraph={{ rows: 1 }} />
              </Card>
            </Col>
          ))}
        </Row>
      </>
    );
  }
  if (summary.isError) {
    return (
      <>
        {header}
        <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />
      </>
    );
  }

  const s = summary.data;
  const cards: StatCard[] = [
    {
      key: 'units',
      title: 'dashboard.units',
      value: s.units,
      icon: <ApartmentOutlined />,
      to: can('units.read') ? '/units' : undefined,
    },
    {
      key: 'officers',
      title: 'dashboard.officers',
      value: s.officers,
      icon: <IdcardOutlined />,
      to: can('people.read') ? '/people' : undefined,
    },
    {
      key: 'reviewers',
      title: 'dashboard.qualifiedReviewers',
      value: s.qualifiedReviewers,
      icon: <SafetyCertificateOutlined />,
      to: can('people.read') ? '/people?qualified=true' : undefined,
    },
    {
      key: 'accounts',
      title: 'dashboard.accounts',
      value: s.accounts,
      icon: <TeamOutlined />,
      to: can('users.read') ? '/accounts' : undefined,
    },
    {
      key: 'locked',
      title: 'dashboard.lockedAccounts',
      value: s.lockedAccounts,
      icon: <LockOutlined />,
      to: can('users.read') ? '/accounts?status=locked' : undefined,
      warn: s.lockedAccounts > 0,
    },
    {
      key: 'audit',
      title: 'dashboard.auditToday',
      value: s.auditEventsToday,
      icon: <AuditOutlined />,
      to: can('audit.read') ? '/audit' : undefined,
    },
  ];
  const breakdown = certificateBreakdown(s.certificates);

  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} sm={12} lg={8} xl={4}>
            <Card
              hoverable={Boolean(c.to)}
              onClick={c.to ? () => navigate(c.to!) : undefined}
              role={c.to ? 'link' : undefined}
              tabIndex={c.to ? 0 : undefined}
              onKeyDown={c.to ? (e) => e.key === 'Enter' && navigate(c.to!) : undefined}
            >
              <Statistic
                title={t(c.title)}
                value={c.value}
                prefix={c.icon}
                styles={c.warn ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} lg={14}>
          <Card
            title={t('dashboard.certificates')}
            extra={
              <Typography.Text type="secondary">
                {t('dashboard.officerTotal', { total: breakdown.total })}
              </Typography.Text>
            }
          >
            {breakdown.total === 0 ? (
              <Empty description={t('dashboard.noOfficers')} />
            ) : (
              <Flex vertical gap="middle">
                {breakdown.rows.map((row) => (
                  <div key={row.key}>
                    <Flex justify="space-between">
                      {can('people.read') && row.key !== 'valid' ? (
                        <Typography.Link onClick={() => navigate(`/people?certStatus=${row.key}`)}>
                          {t(CERTIFICATE_LABEL[row.key])}
                        </Typography.Link>
                      ) : (
                        <Typography.Text>{t(CERTIFICATE_LABEL[row.key])}</Typography.Text>
                      )}
                      <Typography.Text>
                        <Typography.Text strong>
                          {t('dashboard.people', { count: row.count })}
                        </Typography.Text>
                        <Typography.Text type="secondary"> · {row.percent}%</Typography.Text>
                      </Typography.Text>
                    </Flex>
                    <Progress
                      percent={row.percent}
                      strokeColor={BAR_COLOR[row.key]}
                      showInfo={false}
                      aria-label={`${t(CERTIFICATE_LABEL[row.key])} ${row.percent}%`}
                    />
                  </div>
                ))}
                {s.certificates.expiring > 0 ? (
                  <Typography.Text type="warning">
                    {t('dashboard.expiringHint', { count: s.certificates.expiring })}
                  </Typography.Text>
                ) : null}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            title={t('dashboard.upcomingHolidays')}
            extra={
              can('calendar.read') ? (
                <Typography.Link onClick={() => navigate('/calendar')}>
                  {t('dashboard.openCalendar')}
                </Typography.Link>
              ) : null
            }
          >
            {s.upcomingHolidays.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noHolidays')} />
            ) : (
              <Timeline
                items={s.upcomingHolidays.map((h) => ({
                  key: h.date,
                  color: 'red',
                  content: (
                    <Flex gap="small" wrap align="center">
                      <Typography.Text strong>{h.date}</Typography.Text>
                      <Typography.Text type="secondary">{dayjs(h.date).format('ddd')}</Typography.Text>
                      <Tag color="red">{h.name}</Tag>
                      <Typography.Text type="secondary">
                        {t('dashboard.inDays', {
                          count: Math.max(
                            0,
                            dayjs(h.date).startOf('day').diff(dayjs().startOf('day'), 'day'),
                          ),
                        })}
                      </Typography.Text>
                    </Flex>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
