import { REVIEW_ITEMS } from '@sanxiang/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Flex, Row, Statistic, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useLanguage, useT } from '../i18n/language';
import { todayInChina } from '../shared/china-date';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';
import { EChart } from './EChart';
import { type FigureRow, fetchFigures } from './review-api';

// Short names of the seven items for charts and table cells (the full wording is in core's REVIEW_ITEMS).
const SHORT: Record<string, [string, string]> = {
  body: ['主体与资格', 'Body'],
  procedure: ['程序', 'Procedure'],
  facts: ['事实与证据', 'Facts'],
  law: ['法律适用与裁量', 'Law & discretion'],
  documents: ['文书', 'Documents'],
  crime: ['涉嫌犯罪移送', 'Crime'],
  other: ['其他', 'Other'],
};
const nameOfItem = (code: string, lang: string) => {
  const short = SHORT[code];
  if (short) return lang === 'en' ? short[1] : short[0];
  const item = REVIEW_ITEMS.find((i) => i.code === code);
  return item ? (lang === 'en' ? item.en : item.zh) : code;
};

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** 审核统计 (issue item 8): per reviewer and unit — reviews, pass rate, average days, returns by reason. */
export function ReviewFiguresPage() {
  const t = useT();
  const { lang } = useLanguage();
  const { params, update } = useSearchState();
  const today = todayInChina();
  const from = params.get('from') ?? `${today.slice(0, 4)}-01-01`;
  const to = params.get('to') ?? today;
  const figures = useQuery({
    queryKey: ['reviews', 'figures', from, to],
    queryFn: ({ signal }) => fetchFigures({ from, to }, signal),
    placeholderData: keepPreviousData,
  });
  const itemName = (code: string) => nameOfItem(code, lang);
  const columns: TableColumnsType<FigureRow> = [
    { title: t('review.figures.name'), dataIndex: 'name', fixed: 'left', width: 160 },
    {
      title: t('review.figures.reviews'),
      dataIndex: 'reviews',
      sorter: (a, b) => a.reviews - b.reviews,
      width: 90,
    },
    {
      title: t('review.figures.passRate'),
      dataIndex: 'passRate',
      render: pct,
      sorter: (a, b) => (a.passRate ?? 0) - (b.passRate ?? 0),
      width: 100,
    },
    {
      title: t('review.figures.averageDays'),
      dataIndex: 'averageDays',
      render: (v: number | null) => v ?? '—',
      width: 120,
    },
    { title: t('review.figures.returned'), dataIndex: 'returned', width: 90 },
    { title: t('review.figures.disagreed'), dataIndex: 'disagreed', width: 90 },
    { title: t('review.figures.pending'), dataIndex: 'pending', width: 90 },
    { title: t('review.figures.overdue'), dataIndex: 'overdue', width: 90 },
    {
      title: t('review.figures.returnsByReason'),
      dataIndex: 'returnsByReason',
      render: (v: Record<string, number>) =>
        Object.entries(v)
          .map(([code, n]) => `${itemName(code)} ${n}`)
          .join('；') || '—',
    },
  ];
  const data = figures.data;
  const reviewerChart = useMemo<EChartsOption>(
    () => ({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, right: 0, data: [t('review.figures.reviews'), t('review.figures.passRate')] },
      grid: { left: 48, right: 56, bottom: 32, top: 56 },
      xAxis: { type: 'category', data: (data?.byReviewer ?? []).map((r) => r.name) },
      yAxis: [
        { type: 'value', name: t('review.figures.reviews'), minInterval: 1 },
        { type: 'value', name: '%', max: 100, min: 0 },
      ],
      series: [
        {
          name: t('review.figures.reviews'),
          type: 'bar',
          data: (data?.byReviewer ?? []).map((r) => r.reviews),
          itemStyle: { color: '#1f5fa8' },
        },
        {
          name: t('review.figures.passRate'),
          type: 'line',
          yAxisIndex: 1,
          data: (data?.byReviewer ?? []).map((r) =>
            r.passRate === null ? null : Math.round(r.passRate * 100),
          ),
          itemStyle: { color: '#2e7d32' },
        },
      ],
    }),
    [data, t],
  );
  const reasonChart = useMemo<EChartsOption>(
    () => ({
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['30%', '55%'],
          label: { width: 90, overflow: 'break' },
          data: Object.entries(data?.total.returnsByReason ?? {}).map(([code, n]) => ({
            name: nameOfItem(code, lang),
            value: n,
          })),
        },
      ],
    }),
    [data, lang],
  );

  return (
    <>
      <PageHeader
        title={t('review.figures.title')}
        subTitle={t('review.figures.subtitle')}
        extra={
          <DatePicker.RangePicker
            aria-label={t('review.figures.period')}
            allowClear={false}
            value={[dayjs(from), dayjs(to)]}
            onChange={(v) => {
              const [a, b] = (v ?? []) as [Dayjs | null, Dayjs | null];
              if (a && b) update({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
            }}
          />
        }
      />
      {figures.isError ? (
        <ErrorResult error={figures.error} onRetry={() => figures.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('review.figures.reviews')}
                  value={data?.total.reviews ?? 0}
                  loading={!data}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('review.figures.passRate')}
                  value={pct(data?.total.passRate ?? null)}
                  loading={!data}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('review.figures.averageDays')}
                  value={data?.total.averageDays ?? '—'}
                  loading={!data}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('review.figures.overdueNow')}
                  value={data?.total.overdue ?? 0}
                  valueStyle={{ color: (data?.total.overdue ?? 0) > 0 ? '#c41d1d' : undefined }}
                  loading={!data}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <Card title={t('review.figures.byReviewerChart')} size="small">
                {data && data.byReviewer.length > 0 ? (
                  <EChart option={reviewerChart} label={t('review.figures.byReviewerChart')} />
                ) : (
                  <Empty />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={9}>
              <Card title={t('review.figures.reasonChart')} size="small">
                {data && Object.keys(data.total.returnsByReason).length > 0 ? (
                  <EChart option={reasonChart} label={t('review.figures.reasonChart')} />
                ) : (
                  <Empty description={t('review.figures.noReturns')} />
                )}
              </Card>
            </Col>
          </Row>
          <Card title={t('review.figures.byReviewer')} size="small">
            <Table
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={data?.byReviewer ?? []}
              loading={figures.isFetching}
              pagination={false}
              scroll={{ x: 1000 }}
            />
          </Card>
          <Card title={t('review.figures.byUnit')} size="small">
            <Table
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={data?.byUnit ?? []}
              loading={figures.isFetching}
              pagination={false}
              scroll={{ x: 1000 }}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
