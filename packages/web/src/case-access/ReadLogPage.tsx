import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Input,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { fetchReads, type ReadEntry, type ReadQuery } from '../case-file/case-file-api';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';

/** 调阅记录: who read which case and when, from the audit log, with filters and pages. */
export function ReadLogPage() {
  const t = useT();
  const { params, page, pageSize, update } = useSearchState();
  const query: ReadQuery = {
    caseNo: params.get('caseNo') ?? undefined,
    reader: params.get('reader') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    grantOnly: params.get('grantOnly') === 'true' ? true : undefined,
    page,
    pageSize,
  };
  const [caseNo, setCaseNo] = useState(query.caseNo ?? '');
  const [reader, setReader] = useState(query.reader ?? '');
  useEffect(() => setCaseNo(query.caseNo ?? ''), [query.caseNo]);
  useEffect(() => setReader(query.reader ?? ''), [query.reader]);
  const reads = useQuery({
    queryKey: ['case-access', 'reads', query],
    queryFn: ({ signal }) => fetchReads(query, signal),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<ReadEntry> = [
    { title: t('readLog.at'), dataIndex: 'at', width: 150, render: (d: string) => formatDateTime(d) },
    {
      title: t('readLog.reader'),
      key: 'reader',
      width: 160,
      render: (_, r) => (
        <>
          {r.reader.name ?? '—'}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.reader.username} · {r.reader.unitName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('readLog.operation'), dataIndex: 'operationName', width: 130 },
    {
      title: t('readLog.caseNo'),
      key: 'case',
      render: (_, r) =>
        r.caseId ? <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>{r.caseNo}</Link> : '—',
    },
    {
      title: t('readLog.caseUnit'),
      dataIndex: 'caseUnitName',
      width: 140,
      render: (u: string | null) => u ?? '—',
    },
    {
      title: t('readLog.basis'),
      key: 'basis',
      width: 120,
      render: (_, r) =>
        r.grantId ? <Tag color="processing">{t('readLog.byGrant')}</Tag> : <Tag>{t('readLog.byScope')}</Tag>,
    },
    { title: 'IP', dataIndex: 'ip', width: 120 },
  ];
  return (
    <>
      <PageHeader title={t('menu.readLog')} subTitle={t('readLog.subtitle')} />
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('readLog.caseNo')}
            placeholder={t('readLog.caseNo')}
            allowClear
            value={caseNo}
            onChange={(e) => setCaseNo(e.target.value)}
            onSearch={(v) => update({ caseNo: v.trim() || null, page: null })}
            style={{ width: 240 }}
          />
          <Input.Search
            aria-label={t('readLog.reader')}
            placeholder={t('readLog.readerHint')}
            allowClear
            value={reader}
            onChange={(e) => setReader(e.target.value)}
            onSearch={(v) => update({ reader: v.trim() || null, page: null })}
            style={{ width: 200 }}
          />
          <DatePicker.RangePicker
            aria-label={t('readLog.range')}
            value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
            onChange={(r) =>
              update({
                from: r?.[0]?.format('YYYY-MM-DD') ?? null,
                to: r?.[1]?.format('YYYY-MM-DD') ?? null,
                page: null,
              })
            }
          />
          <Checkbox
            checked={query.grantOnly === true}
            onChange={(e) => update({ grantOnly: e.target.checked ? 'true' : null, page: null })}
          >
            {t('readLog.grantOnly')}
          </Checkbox>
        </Flex>
        {reads.error ? (
          <ErrorResult error={reads.error} onRetry={() => reads.refetch()} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={reads.isFetching}
            columns={columns}
            dataSource={reads.data?.items ?? []}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('readLog.empty')} />,
            }}
            pagination={{
              current: page,
              pageSize,
              total: reads.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
            }}
            onChange={(p) => update({ page: p.current ?? 1, pageSize: p.pageSize ?? pageSize })}
          />
        )}
      </Card>
    </>
  );
}
