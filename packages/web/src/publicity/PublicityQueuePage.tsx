import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Segmented,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useSearchState } from '../shared/use-search-state';
import {
  fetchPublications,
  fetchSummary,
  PUBLICATION_STATUSES,
  type Publication,
  type PublicationsQuery,
} from './publicity-api';

const STATUS_COLOR: Record<Publication['status'], string> = {
  draft: 'processing',
  published: 'success',
  withdrawn: 'warning',
  'taken-down': 'default',
  barred: 'default',
};
const KINDS = ['penalty-decision', 'inspection-result'] as const;

/** 执法公示 (P-09, P-10): what is waiting to be published or withdrawn, earliest deadline first. */
export function PublicityQueuePage() {
  const t = useT();
  const { params, page, pageSize, update } = useSearchState();
  const query: PublicationsQuery = {
    view: params.get('view') === 'all' ? 'all' : 'queue',
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    status: readEnum(params, 'status', PUBLICATION_STATUSES),
    kind: readEnum(params, 'kind', KINDS),
    overdue: params.get('overdue') === 'true' ? true : params.get('overdue') === 'false' ? false : undefined,
  };
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);
  const list = useQuery({
    queryKey: ['publicity', 'list', query],
    queryFn: ({ signal }) => fetchPublications(query, signal),
    placeholderData: keepPreviousData,
  });
  const summary = useQuery({
    queryKey: ['publicity', 'summary'],
    queryFn: ({ signal }) => fetchSummary(signal),
  });

  const dueOf = (p: Publication) => p.withdrawal ?? p.publication;
  const columns: TableColumnsType<Publication> = [
    {
      title: t('publicity.title'),
      dataIndex: 'title',
      render: (title: string, p) => (
        <>
          <Link to={`/publicity/${p.id}`}>{title}</Link>
          <Flex wrap gap={4} style={{ marginTop: 4 }}>
            <Tag variant="outlined">{t(`publicity.kind.${p.kind}`)}</Tag>
            {p.status === 'draft' ? (
              <Tag variant="outlined">{t('publicity.redactionCount', { n: p.redactionCount })}</Tag>
            ) : null}
            {p.withdrawal ? <Tag color="error">{t('publicity.withdrawalPending')}</Tag> : null}
          </Flex>
        </>
      ),
    },
    {
      title: t('publicity.kind'),
      key: 'kind',
      width: 130,
      filters: KINDS.map((k) => ({ text: t(`publicity.kind.${k}`), value: k })),
      filterMultiple: false,
      filteredValue: query.kind ? [query.kind] : null,
      render: (_, p) => t(`publicity.kind.${p.kind}`),
    },
    { title: t('publicity.party'), dataIndex: 'partyName', width: 200, render: (v: string) => v || '—' },
    {
      title: t('publicity.status'),
      key: 'status',
      width: 110,
      filters: PUBLICATION_STATUSES.map((s) => ({ text: t(`publicity.status.${s}`), value: s })),
      filterMultiple: false,
      filteredValue: query.status ? [query.status] : null,
      render: (_, p) => <Tag color={STATUS_COLOR[p.status]}>{t(`publicity.status.${p.status}`)}</Tag>,
    },
    {
      title: t('publicity.deadline'),
      key: 'overdue',
      width: 210,
      filters: [
        { text: t('publicity.overdueOnly'), value: 'true' },
        { text: t('publicity.notOverdue'), value: 'false' },
      ],
      filterMultiple: false,
      filteredValue: query.overdue === undefined ? null : [String(query.overdue)],
      render: (_, p) => {
        const d = dueOf(p);
        if (!d) return p.publishedOn ? formatDate(p.publishedOn) : '—';
        return (
          <>
            <Typography.Text
              strong={d.overdue}
              style={{ color: d.overdue ? '#c41d1d' : undefined, whiteSpace: 'nowrap' }}
            >
              {t(p.withdrawal ? 'publicity.withdrawBy' : 'publicity.publishBy', { due: formatDate(d.due) })}
            </Typography.Text>
            <div>
              {d.overdue ? (
                <Tag color="error" variant="solid">
                  {t('publicity.daysLate', { days: Math.max(1, -d.workingDaysLeft) })}
                </Tag>
              ) : (
                <Typography.Text type="secondary">
                  {t('publicity.daysLeft', { days: d.workingDaysLeft })}
                </Typography.Text>
              )}
            </div>
          </>
        );
      },
    },
  ];
  const hasFilters = Boolean(query.q || query.status || query.kind || query.overdue !== undefined);
  const s = summary.data;
  const stat = (label: string, value: number | undefined, danger: boolean, onClick?: () => void) => (
    <Col xs={12} md={6}>
      <Card size="small" hoverable={Boolean(onClick)} onClick={onClick}>
        <Statistic
          title={label}
          value={value ?? '—'}
          styles={{ content: { color: danger && value ? '#c41d1d' : undefined } }}
        />
      </Card>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('menu.publicity')} subTitle={t('publicity.subtitle')} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stat(t('publicity.stat.overdueDrafts'), s?.overdueDrafts, true, () =>
          update({ view: null, overdue: 'true', page: 1 }),
        )}
        {stat(t('publicity.stat.drafts'), s?.drafts, false)}
        {stat(t('publicity.stat.overdueWithdrawals'), s?.overdueWithdrawals, true)}
        {stat(t('publicity.stat.openCorrections'), s?.openCorrections, (s?.overdueCorrections ?? 0) > 0)}
      </Row>
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={query.view}
            options={[
              { label: t('publicity.view.queue'), value: 'queue' },
              { label: t('publicity.view.all'), value: 'all' },
            ]}
            onChange={(v) => update({ view: v === 'all' ? 'all' : null, page: 1, status: null })}
          />
          <Input.Search
            aria-label={t('publicity.search')}
            placeholder={t('publicity.search')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(q) => update({ q: q.trim() || null, page: 1 })}
            enterButton={t('common.search')}
            maxLength={100}
            style={{ width: 340 }}
          />
          {hasFilters ? (
            <Button onClick={() => update({ q: null, status: null, kind: null, overdue: null })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Publication>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={hasFilters ? t('common.noMatch') : t('publicity.empty')}
                />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination, filters) => {
              const first = (k: string) => {
                const v = filters[k]?.[0];
                return v === undefined ? null : String(v);
              };
              update({
                page: pagination.current,
                pageSize: pagination.pageSize,
                status: first('status'),
                kind: first('kind'),
                overdue: first('overdue'),
              });
            }}
          />
        )}
      </Card>
    </>
  );
}
