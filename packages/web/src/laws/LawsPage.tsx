import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';
import { Highlighted } from './Highlighted';
import { articleHref, type LawSearchHit, type LawSummary, searchLaws, useLaws } from './laws-api';

/** 法律法规库: every statute the bureau applies, and a full-text search over their articles. */
export function LawsPage() {
  const t = useT();
  const { params, page, pageSize, update } = useSearchState();
  const q = params.get('q')?.trim() ?? '';
  const lawId = params.get('lawId') ?? undefined;
  const [searchText, setSearchText] = useState(q);
  useEffect(() => setSearchText(q), [q]);

  const laws = useLaws();
  const hits = useQuery({
    queryKey: ['laws', 'search', { q, lawId, page, pageSize }],
    queryFn: ({ signal }) => searchLaws({ q, lawId, page, pageSize }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });

  const lawColumns: TableColumnsType<LawSummary> = [
    {
      title: t('laws.title'),
      dataIndex: 'title',
      render: (title: string, law) => <Link to={`/laws/${encodeURIComponent(law.id)}`}>{title}</Link>,
    },
    {
      title: t('laws.effectiveDate'),
      dataIndex: 'effectiveDate',
      width: 140,
      sorter: (a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''),
      render: (d: string | null) => formatDate(d),
    },
    {
      title: t('laws.articleCount'),
      dataIndex: 'articleCount',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.articleCount - b.articleCount,
    },
    {
      title: t('laws.versionNotes'),
      key: 'notes',
      ellipsis: true,
      render: (_, law) => {
        const last = law.versionNotes[law.versionNotes.length - 1];
        return last ? (
          <Typography.Text type="secondary" title={law.versionNotes.join('\n')}>
            {last}
          </Typography.Text>
        ) : (
          '—'
        );
      },
    },
  ];

  const hitColumns: TableColumnsType<LawSearchHit> = [
    {
      title: t('laws.resultLaw'),
      dataIndex: 'lawTitle',
      width: 260,
      render: (title: string, hit) => <Link to={`/laws/${encodeURIComponent(hit.lawId)}`}>{title}</Link>,
    },
    {
      title: t('laws.resultArticle'),
      dataIndex: 'label',
      width: 140,
      render: (label: string, hit) => (
        <Link to={articleHref(hit.lawId, hit.number, hit.suffix, q)} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Link>
      ),
    },
    {
      title: t('laws.resultSnippet'),
      dataIndex: 'snippet',
      render: (snippet: string, hit) => (
        <>
          {hit.chapter ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {hit.chapter}
            </Typography.Text>
          ) : null}
          <Highlighted text={snippet} ranges={hit.highlights} />
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.laws')} subTitle={t('laws.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap="middle" wrap>
          <Input.Search
            aria-label={t('laws.searchLabel')}
            placeholder={t('laws.searchPlaceholder')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || null })}
            enterButton={t('common.search')}
            maxLength={100}
            style={{ width: 420 }}
          />
          <Select
            aria-label={t('laws.filterLaw')}
            placeholder={t('laws.allLaws')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={lawId}
            loading={laws.isPending}
            onChange={(v: string | undefined) => update({ lawId: v ?? null })}
            options={(laws.data ?? []).map((l) => ({ value: l.id, label: l.title }))}
            style={{ width: 320 }}
          />
          {q || lawId ? (
            <Button onClick={() => update({ q: null, lawId: null })}>{t('laws.backToList')}</Button>
          ) : null}
        </Flex>
      </Card>

      {q ? (
        <Card title={t('laws.resultsTitle')}>
          {hits.isError && !hits.data ? (
            <ErrorResult error={hits.error} onRetry={() => void hits.refetch()} />
          ) : (
            <Table<LawSearchHit>
              rowKey={(h) => `${h.lawId}|${h.number}|${h.suffix}`}
              columns={hitColumns}
              dataSource={hits.data?.items ?? []}
              loading={hits.isFetching}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('laws.noResults', { q })} />
                ),
              }}
              pagination={{
                current: page,
                pageSize,
                total: hits.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: PAGE_SIZE_OPTIONS,
                showTotal: (total) => t('laws.resultCount', { total }),
              }}
              onChange={(p) => update({ page: p.current, pageSize: p.pageSize })}
            />
          )}
        </Card>
      ) : (
        <Card>
          {laws.isError ? (
            <ErrorResult error={laws.error} onRetry={() => void laws.refetch()} />
          ) : (
            <Table<LawSummary>
              rowKey="id"
              columns={lawColumns}
              dataSource={(laws.data ?? []).filter((l) => !lawId || l.id === lawId)}
              loading={laws.isPending}
              pagination={false}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('laws.empty')} />,
              }}
            />
          )}
        </Card>
      )}
    </>
  );
}
