import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { type AnnualReport, fetchReports } from './annual-report-api';
import { RemediesPanel } from './RemediesPanel';
import { ReportDetail } from './ReportDetail';
import { ReportStatusTag } from './ReportStatusTag';

/** 统计年报 (P-11): the years with their status and deadline, one year's report, and the remedies register. */
export function AnnualReportPage() {
  const t = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const reports = useQuery({
    queryKey: ['annual-reports', 'list'],
    queryFn: ({ signal }) => fetchReports(signal),
  });
  const items = reports.data?.items ?? [];
  const selected = Number(params.get('year')) || items[0]?.year;
  const tab = params.get('tab') === 'remedies' ? 'remedies' : 'report';

  const list = (
    <Table<AnnualReport>
      size="small"
      rowKey="year"
      loading={reports.isPending}
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      rowClassName={(r) => (r.year === selected ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => setParams({ year: String(r.year) }) })}
      columns={[
        {
          title: t('annual.year'),
          dataIndex: 'year',
          render: (y: number) => (
            <Typography.Link onClick={() => setParams({ year: String(y) })}>{y}</Typography.Link>
          ),
        },
        { title: t('annual.status'), key: 'status', render: (_, r) => <ReportStatusTag report={r} /> },
        { title: t('annual.due'), key: 'due', render: (_, r) => r.deadline.due },
      ]}
    />
  );

  return (
    <>
      <PageHeader title={t('annual.title')} subTitle={t('annual.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          setParams(k === 'remedies' ? { tab: 'remedies' } : selected ? { year: String(selected) } : {})
        }
        items={[
          {
            key: 'report',
            label: t('annual.title'),
            children: reports.isError ? (
              <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />
            ) : (
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'minmax(240px, 300px) 1fr',
                  gap: 16,
                  alignItems: 'start',
                }}
              >
                <Card size="small">{list}</Card>
                <div>{selected ? <ReportDetail key={selected} year={selected} /> : null}</div>
              </div>
            ),
          },
          ...(can('remedies.read')
            ? [{ key: 'remedies', label: t('remedies.title'), children: <RemediesPanel /> }]
            : []),
        ]}
      />
    </>
  );
}
