import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useBilingual, useLanguage } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useSearchState } from '../shared/use-search-state';
import { AuditEventDetail } from './AuditEventDetail';
import { AuditFilters, type AuditFilterValues, useAuditOperations } from './AuditFilters';
import { AuditVerifyButton, AuditVerifyResult, useAuditVerification } from './AuditVerifyButton';
import { AUDIT_KINDS, AUDIT_OUTCOMES, type AuditEvent, type AuditQuery, fetchAuditEvents } from './audit-api';
import { instantsToRange, rangeToInstants } from './audit-range';

const KIND_COLOR = { write: 'blue', read: 'default', auth: 'purple' } as const;

export function AuditPage() {
  const { t } = useLanguage();
  const pick = useBilingual();
  const { params, page, pageSize, update } = useSearchState();
  const verification = useAuditVerification();
  const operations = useAuditOperations();
  const opNames = new Map((operations.data ?? []).map((o) => [o.code, o]));

  const text = (key: string) => params.get(key) ?? undefined;
  const query: AuditQuery = {
    page,
    pageSize,
    from: text('from'),
    to: text('to'),
    actor: text('actor'),
    operation: text('operation'),
    targetType: text('targetType'),
    targetId: text('targetId'),
    kind: readEnum(params, 'kind', AUDIT_KINDS),
    outcome: readEnum(params, 'outcome', AUDIT_OUTCOMES),
  };
  const filterValues: AuditFilterValues = {
    range: instantsToRange(query.from ?? null, query.to ?? null),
    actor: query.actor,
    operation: query.operation,
    targetType: query.targetType,
    targetId: query.targetId,
    kind: query.kind,
    outcome: query.outcome,
  };

  const events = useQuery({
    queryKey: ['audit', 'events', query],
    queryFn: ({ signal }) => fetchAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });

  const apply = (v: AuditFilterValues) => {
    const { from, to } = rangeToInstants(v.range);
    update({
      from: from ?? null,
      to: to ?? null,
      actor: v.actor?.trim() || null,
      operation: v.operation ?? null,
      targetType: v.targetType?.trim() || null,
      targetId: v.targetId?.trim() || null,
      kind: v.kind ?? null,
      outcome: v.outcome ?? null,
      page: 1,
    });
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 90 },
    { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) =>
        e.actor ? (
          <>
            {e.actor.displayName}
            <Typography.Text type="secondary"> ({e.actor.username})</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    { title: t('audit.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.operation'),
      key: 'operation',
      render: (_, e) => {
        const op = opNames.get(e.operation);
        return op ? pick(op.name, op.nameEn) : e.operationName || e.operation;
      },
    },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, e) => (
        <Typography.Text style={{ wordBreak: 'break-all' }}>
          {e.targetType}
          {e.targetId ? ` / ${e.targetId}` : ''}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (k: AuditEvent['kind']) => <Tag color={KIND_COLOR[k]}>{t(`audit.kind.${k}`)}</Tag>,
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      width: 90,
      render: (o: AuditEvent['outcome']) => (
        <Tag color={o === 'success' ? 'success' : 'error'}>{t(`audit.outcome.${o}`)}</Tag>
      ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140 },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.audit')}
        subTitle={t('audit.subtitle')}
        extra={<AuditVerifyButton verification={verification} />}
      />
      <AuditVerifyResult verification={verification} />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters values={filterValues} onApply={apply} />
      </Card>
      <Card>
        {events.isError && !events.data ? (
          <ErrorResult error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Table<AuditEvent>
            rowKey="seq"
            columns={columns}
            dataSource={events.data?.items ?? []}
            loading={events.isFetching}
            scroll={{ x: 1200 }}
            expandable={{ expandedRowRender: (e) => <AuditEventDetail event={e} /> }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />,
            }}
            pagination={{
              current: page,
              pageSize,
              total: events.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
          />
        )}
      </Card>
    </>
  );
}
