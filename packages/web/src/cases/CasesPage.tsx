import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useLanguage } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useSearchState } from '../shared/use-search-state';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { procedureName, stageColor, stageName, stageOptions } from './case-labels';
import {
  CASE_PROCEDURES,
  type CaseSummary,
  type CasesQuery,
  DUE_FILTERS,
  fetchCases,
  fetchMatterOptions,
} from './cases-api';
import { DeadlineTag } from './DeadlineTag';

export function CasesPage() {
  const { t, lang } = useLanguage();
  const can = useCan();
  const navigate = useNavigate();
  const { params, page, pageSize, update } = useSearchState();

  const query: CasesQuery = {
    page,
    pageSize,
    stage: params.get('stage') ?? undefined,
    procedure: readEnum(params, 'procedure', CASE_PROCEDURES),
    unitId: params.get('unitId') ?? undefined,
    officer: params.get('officer') ?? undefined,
    matter: params.get('matter') ?? undefined,
    party: params.get('party') ?? undefined,
    due: readEnum(params, 'due', DUE_FILTERS),
    q: params.get('q') ?? undefined,
  };
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);
  const [partyText, setPartyText] = useState(query.party ?? '');
  useEffect(() => setPartyText(query.party ?? ''), [query.party]);
  const [officerText, setOfficerText] = useState(query.officer ?? '');
  useEffect(() => setOfficerText(query.officer ?? ''), [query.officer]);

  const cases = useQuery({
    queryKey: ['cases', 'list', query],
    queryFn: ({ signal }) => fetchCases(query, signal),
    placeholderData: keepPreviousData,
  });
  const matters = useQuery({
    queryKey: ['cases', 'matter-options'],
    queryFn: ({ signal }) => fetchMatterOptions(signal),
    staleTime: 5 * 60_000,
  });

  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('cases.caseNo'),
      key: 'caseNo',
      fixed: 'left',
      width: 190,
      render: (_, c) => (
        <Link to={`/cases/${encodeURIComponent(c.id)}`} style={{ whiteSpace: 'nowrap' }}>
          {c.caseNo ?? c.sourceNo}
        </Link>
      ),
    },
    {
      title: t('cases.summary'),
      dataIndex: 'summary',
      ellipsis: true,
      render: (v: string) => <Typography.Text>{v}</Typography.Text>,
    },
    {
      title: t('cases.party'),
      key: 'parties',
      width: 170,
      render: (_, c) => (c.parties.length ? c.parties.join('、') : '—'),
    },
    {
      title: t('cases.stage'),
      key: 'stage',
      width: 150,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Tag color={stageColor(c.status)}>{stageName(c.procedure, c.stage, lang, c.stageName)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {procedureName(c.procedure, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('cases.unit'), key: 'unit', width: 110, render: (_, c) => c.unit.name },
    {
      title: t('cases.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, c) => (c.nearestDeadline ? <DeadlineTag deadline={c.nearestDeadline} withName /> : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 80,
      render: (_, c) => (
        <Button size="small" onClick={() => navigate(`/cases/${encodeURIComponent(c.id)}`)}>
          {t('cases.open')}
        </Button>
      ),
    },
  ];

  const hasFilters = Boolean(
    query.stage ||
      query.procedure ||
      query.unitId ||
      query.officer ||
      query.matter ||
      query.party ||
      query.due ||
      query.q,
  );

  return (
    <>
      <PageHeader
        title={t('menu.cases')}
        subTitle={t('cases.subtitle')}
        extra={
          can('cases.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')}>
              {t('cases.new')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('cases.procedure')}
            placeholder={t('cases.procedure')}
            allowClear
            value={query.procedure}
            onChange={(procedure) => update({ procedure: procedure ?? null, stage: null, page: 1 })}
            options={CASE_PROCEDURES.map((p) => ({ value: p, label: procedureName(p, lang) }))}
            style={{ width: 180 }}
          />
          <Select
            aria-label={t('cases.stage')}
            placeholder={t('cases.stage')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={query.stage}
            onChange={(stage) => update({ stage: stage ?? null, page: 1 })}
            options={stageOptions(query.procedure, lang)}
            style={{ width: 180 }}
          />
          <UnitTreeSelect
            aria-label={t('cases.unit')}
            placeholder={t('cases.unit')}
            value={query.unitId}
            onChange={(unitId) => update({ unitId, page: 1 })}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('cases.matter')}
            placeholder={t('cases.matter')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={query.matter}
            loading={matters.isLoading}
            onChange={(matter) => update({ matter: matter ?? null, page: 1 })}
            options={(matters.data?.items ?? []).map((m) => ({
              value: m.code,
              label: `${m.code} ${m.name}`,
            }))}
            style={{ width: 240 }}
          />
          <Select
            aria-label={t('cases.dueFilter')}
            placeholder={t('cases.dueFilter')}
            allowClear
            value={query.due}
            onChange={(due) => update({ due: due ?? null, page: 1 })}
            options={DUE_FILTERS.map((d) => ({
              value: d,
              label: t(d === 'soon' ? 'cases.due.soon' : 'cases.due.overdue'),
            }))}
            style={{ width: 120 }}
          />
          <Input.Search
            aria-label={t('cases.filterParty')}
            placeholder={t('cases.filterParty')}
            allowClear
            value={partyText}
            onChange={(e) => setPartyText(e.target.value)}
            onSearch={(party) => update({ party: party.trim(), page: 1 })}
            style={{ width: 180 }}
          />
          <Input.Search
            aria-label={t('cases.filterOfficer')}
            placeholder={t('cases.filterOfficer')}
            allowClear
            value={officerText}
            onChange={(e) => setOfficerText(e.target.value)}
            onSearch={(officer) => update({ officer: officer.trim(), page: 1 })}
            style={{ width: 160 }}
          />
          <Input.Search
            aria-label={t('cases.search')}
            placeholder={t('cases.search')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(q) => update({ q: q.trim(), page: 1 })}
            enterButton={t('common.search')}
            style={{ width: 320 }}
          />
          {hasFilters ? (
            <Button
              onClick={() =>
                update({
                  stage: null,
                  procedure: null,
                  unitId: null,
                  officer: null,
                  matter: null,
                  party: null,
                  due: null,
                  q: null,
                  page: 1,
                })
              }
            >
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {cases.isError && !cases.data ? (
          <ErrorResult error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            columns={columns}
            dataSource={cases.data?.items ?? []}
            loading={cases.isFetching}
            scroll={{ x: 1100 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={hasFilters ? t('common.noMatch') : t('cases.empty')}
                />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: cases.data?.total ?? 0,
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
