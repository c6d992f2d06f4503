import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Card,
  Empty,
  Flex,
  Segmented,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useLanguage, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';
import { fetchInbox, type InboxItem } from './review-api';

/** 待审核 (L-04): rounds waiting for an opinion, overdue first, each with its due date. */
export function ReviewInboxPage() {
  const t = useT();
  const { lang } = useLanguage();
  const can = useCan();
  const reviewer = can('review.review');
  const { params, page, pageSize, update } = useSearchState();
  const view = params.get('view') === 'all' || !reviewer ? 'all' : 'mine';
  const overdue = params.get('overdue') === 'true' ? true : undefined;
  const inbox = useQuery({
    queryKey: ['reviews', 'inbox', view, overdue, page, pageSize],
    queryFn: ({ signal }) => fetchInbox({ view, overdue, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<InboxItem> = [
    {
      title: t('review.dueOn'),
      dataIndex: 'dueOn',
      width: 170,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.dueOn}</span>
          {r.overdue ? (
            <Tag color="red">{t('review.overdueBy', { days: String(-(r.daysLeft ?? 0)) })}</Tag>
          ) : (
            <Tag color={(r.daysLeft ?? 9) <= 2 ? 'orange' : 'default'}>
              {t('review.daysLeft', { days: String(r.daysLeft ?? 0) })}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('review.case'),
      dataIndex: 'caseNo',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/reviews/cases/${r.caseId}`}>{r.caseNo ?? t('review.noCaseNo')}</Link>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
            {r.summary}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('review.unit'), dataIndex: 'unitName', width: 140 },
    {
      title: t('review.level'),
      dataIndex: 'level',
      width: 150,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{t(`review.level.${r.level}`)}</span>
          <Typography.Text type="secondary">{t('review.roundNo', { n: String(r.round) })}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('review.route'),
      dataIndex: 'route',
      width: 210,
      render: (_, r) => (
        <Tooltip title={lang === 'en' ? r.route.explanation.en : r.route.explanation.zh}>
          <Space size={4} wrap>
            {r.route.levels.map((l) => (
              <Tag key={l} color={l === 'bureau' ? 'purple' : 'blue'}>
                {t(`review.level.${l}`)}
              </Tag>
            ))}
          </Space>
        </Tooltip>
      ),
    },
    { title: t('review.submittedOn'), dataIndex: 'submittedOn', width: 120 },
    {
      title: t('review.reviewer'),
      dataIndex: 'reviewerName',
      width: 110,
      render: (v: string | null) => v ?? <Tag>{t('review.unassigned')}</Tag>,
    },
  ];

  return (
    <>
      <PageHeader title={t('review.inbox.title')} subTitle={t('review.inbox.subtitle')} />
      <Card>
        <Flex gap="large" wrap align="center" style={{ marginBottom: 16 }}>
          {reviewer ? (
            <Segmented
              aria-label={t('review.view')}
              value={view}
              options={[
                { value: 'mine', label: t('review.view.mine') },
                { value: 'all', label: t('review.view.all') },
              ]}
              onChange={(v) => update({ view: v === 'all' ? 'all' : null, page: null })}
            />
          ) : null}
          <Flex gap="small" align="center">
            <Switch
              id="review-overdue-only"
              checked={overdue === true}
              onChange={(on) => update({ overdue: on ? 'true' : null, page: null })}
            />
            <label htmlFor="review-overdue-only">{t('review.overdueOnly')}</label>
          </Flex>
          {inbox.data ? (
            <Typography.Text>
              {t('review.inbox.count', {
                total: String(inbox.data.total),
                overdue: String(inbox.data.overdue),
              })}
            </Typography.Text>
          ) : null}
        </Flex>
        {inbox.isError ? (
          <ErrorResult error={inbox.error} onRetry={() => inbox.refetch()} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={inbox.data?.items ?? []}
            loading={inbox.isFetching}
            rowClassName={(r) => (r.overdue ? 'review-overdue-row' : '')}
            locale={{ emptyText: <Empty description={t('review.inbox.empty')} /> }}
            pagination={{
              current: page,
              pageSize,
              total: inbox.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              onChange: (p, s) => update({ page: p > 1 ? String(p) : null, pageSize: String(s) }),
            }}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
    </>
  );
}
