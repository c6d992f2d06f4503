import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useSearchState } from '../shared/use-search-state';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { CertificateTag } from './CertificateTag';
import { CERTIFICATE_LABEL, certificateState } from './certificate-status';
import { PersonDrawer } from './PersonDrawer';
import { CERTIFICATE_FILTERS, fetchPeople, type PeopleQuery, type Person } from './people-api';

export function PeoplePage() {
  const t = useT();
  const { params, page, pageSize, update } = useSearchState();
  const [openId, setOpenId] = useState<string | null>(null);

  const query: PeopleQuery = {
    page,
    pageSize,
    unitId: params.get('unitId') ?? undefined,
    q: params.get('q') ?? undefined,
    certStatus: readEnum(params, 'certStatus', CERTIFICATE_FILTERS),
    qualified:
      params.get('qualified') === 'true' ? true : params.get('qualified') === 'false' ? false : undefined,
  };
  // The box follows the URL (back button, links from the dashboard) but only searches on Enter.
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);

  const people = useQuery({
    queryKey: ['people', 'list', query],
    queryFn: ({ signal }) => fetchPeople(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Person> = [
    {
      title: t('people.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, p) => <Typography.Link onClick={() => setOpenId(p.id)}>{name}</Typography.Link>,
    },
    {
      title: t('people.gender'),
      dataIndex: 'gender',
      width: 72,
      render: (g: Person['gender']) => t(g === 'female' ? 'people.female' : 'people.male'),
    },
    { title: t('people.unit'), key: 'unit', render: (_, p) => p.unit.name },
    { title: t('people.position'), dataIndex: 'position', render: (v: string) => v || '—' },
    { title: t('people.phone'), dataIndex: 'phoneMasked' },
    {
      title: t('people.certNumber'),
      key: 'certNumber',
      // Certificate numbers are read and compared digit by digit; never break them across lines.
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.certificate?.number ?? '—'}</span>,
    },
    {
      title: t('people.certStatus'),
      key: 'certStatus',
      filters: CERTIFICATE_FILTERS.map((s) => ({ text: t(CERTIFICATE_LABEL[s]), value: s })),
      filterMultiple: false,
      filteredValue: query.certStatus ? [query.certStatus] : null,
      render: (_, p) => <CertificateTag state={certificateState(p.certificate)} />,
    },
    {
      title: t('people.certValidTo'),
      key: 'validTo',
      render: (_, p) => formatDate(p.certificate?.validTo),
    },
    {
      title: t('people.legalQualification'),
      key: 'qualified',
      filters: [
        { text: t('people.qualified'), value: 'true' },
        { text: t('people.notQualified'), value: 'false' },
      ],
      filterMultiple: false,
      filteredValue: query.qualified === undefined ? null : [String(query.qualified)],
      render: (_, p) =>
        p.legalQualification ? (
          <Tag color="purple">{t('people.qualified')}</Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('people.account'),
      dataIndex: 'hasAccount',
      width: 96,
      render: (v: boolean) =>
        v ? <Tag color="blue">{t('people.hasAccount')}</Tag> : <Tag>{t('people.noAccount')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 96,
      render: (_, p) => (
        <Button size="small" onClick={() => setOpenId(p.id)}>
          {t('common.details')}
        </Button>
      ),
    },
  ];

  const hasFilters = Boolean(query.unitId || query.q || query.certStatus || query.qualified !== undefined);

  return (
    <>
      <PageHeader title={t('menu.people')} subTitle={t('people.subtitle')} />
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <UnitTreeSelect
            aria-label={t('people.filterUnit')}
            placeholder={t('people.filterUnit')}
            value={query.unitId}
            onChange={(unitId) => update({ unitId })}
            style={{ width: 260 }}
          />
          <Input.Search
            aria-label={t('people.search')}
            placeholder={t('people.search')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(q) => update({ q: q.trim() })}
            enterButton={t('common.search')}
            style={{ width: 340 }}
          />
          {hasFilters ? (
            <Button onClick={() => update({ unitId: null, q: null, certStatus: null, qualified: null })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {people.isError && !people.data ? (
          <ErrorResult error={people.error} onRetry={() => void people.refetch()} />
        ) : (
          <Table<Person>
            rowKey="id"
            columns={columns}
            dataSource={people.data?.items ?? []}
            loading={people.isFetching}
            scroll={{ x: 1200 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={hasFilters ? t('common.noMatch') : t('people.empty')}
                />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: people.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination, filters) => {
              const cert = filters.certStatus?.[0];
              const qualified = filters.qualified?.[0];
              update({
                page: pagination.current,
                pageSize: pagination.pageSize,
                certStatus: cert === undefined ? null : String(cert),
                qualified: qualified === undefined ? null : String(qualified),
              });
            }}
          />
        )}
      </Card>
      <PersonDrawer personId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
