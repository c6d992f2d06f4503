import { DiffOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';
import { fetchVersions } from './catalog-api';
import { KIND_LABEL } from './catalog-labels';
import type { CatalogKind, CatalogVersion } from './catalog-model';
import { catalogKey, diffHref, useAllVersions, useRefreshCatalog, versionHref } from './catalog-queries';
import { NewVersionModal } from './NewVersionModal';
import { VersionTags } from './VersionTags';
import { openVersion } from './workflow';

/** The versions of a list, newest first: which one is in force, which is open, who approved and filed them. */
export function CatalogVersionsPage({ kind }: { kind: CatalogKind }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  const refresh = useRefreshCatalog(kind);
  const { page, pageSize, update } = useSearchState();
  const [creating, setCreating] = useState(false);

  const versions = useQuery({
    queryKey: [...catalogKey(kind), 'versions', { page, pageSize }],
    queryFn: ({ signal }) => fetchVersions(kind, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
  // The whole history (a few versions a year) tells whether a draft is open and which version is in force.
  const all = useAllVersions(kind);
  const open = openVersion(all.data ?? []);
  const current = all.data?.find((v) => v.isCurrent);
  const previousOf = (v: CatalogVersion) =>
    (all.data ?? []).filter((x) => x.versionNo < v.versionNo).sort((a, b) => b.versionNo - a.versionNo)[0];

  const columns: TableColumnsType<CatalogVersion> = [
    {
      title: t('catalog.version'),
      key: 'version',
      render: (_, v) => (
        <>
          <Link to={versionHref(kind, v.id)} style={{ fontWeight: 600 }}>
            {t('catalog.versionNo', { no: v.versionNo })}
          </Link>
          <Typography.Text style={{ display: 'block' }}>{v.title}</Typography.Text>
        </>
      ),
    },
    {
      title: t('catalog.status'),
      key: 'status',
      width: 150,
      render: (_, v) => <VersionTags version={v} />,
    },
    { title: t('catalog.itemCount'), dataIndex: 'itemCount', width: 80, align: 'right' },
    {
      title: t('catalog.createdBy'),
      key: 'createdBy',
      width: 120,
      render: (_, v) => (
        <>
          {v.createdBy.displayName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {formatDate(v.createdAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('catalog.approvedBy'),
      key: 'approvedBy',
      width: 120,
      render: (_, v) =>
        v.approvedBy ? (
          <>
            {v.approvedBy.displayName}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDate(v.approvedAt)}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    {
      title: t('catalog.filing'),
      key: 'filing',
      width: 180,
      render: (_, v) =>
        v.filing ? (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{v.filing.number}</span>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDate(v.filing.date)}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, v) => {
        const prev = previousOf(v);
        return prev ? (
          <Link to={diffHref(kind, prev.id, v.id)}>
            <DiffOutlined /> {t('catalog.compareWith', { no: prev.versionNo })}
          </Link>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        );
      },
    },
  ];

  const newButton = can('catalog.edit') ? (
    open ? (
      <Tooltip title={t('catalog.draftOpenHint', { no: open.versionNo })}>
        <Button icon={<PlusOutlined />} disabled>
          {t('catalog.newVersion')}
        </Button>
      </Tooltip>
    ) : (
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setCreating(true)}
        disabled={all.isPending}
      >
        {t('catalog.newVersion')}
      </Button>
    )
  ) : null;

  return (
    <>
      <PageHeader
        title={t(KIND_LABEL[kind])}
        subTitle={t(`catalog.kindHint.${kind}`)}
        extra={
          <>
            {open ? (
              <Button onClick={() => navigate(versionHref(kind, open.id))}>
                {t('catalog.openVersion', { no: open.versionNo })}
              </Button>
            ) : null}
            <Button icon={<DiffOutlined />} onClick={() => navigate(diffHref(kind))}>
              {t('catalog.compare')}
            </Button>
            {newButton}
          </>
        }
      />
      <Card>
        {versions.isError && !versions.data ? (
          <ErrorResult error={versions.error} onRetry={() => void versions.refetch()} />
        ) : (
          <Table<CatalogVersion>
            rowKey="id"
            columns={columns}
            dataSource={versions.data?.items ?? []}
            loading={versions.isFetching}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.noVersions')} />,
            }}
            pagination={{
              current: page,
              pageSize,
              total: versions.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(p) => update({ page: p.current, pageSize: p.pageSize })}
          />
        )}
      </Card>
      <Flex style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('catalog.workflowHint')}</Typography.Text>
      </Flex>
      <NewVersionModal
        kind={kind}
        open={creating}
        current={current}
        suggestedTitle={current?.title ?? ''}
        onClose={() => setCreating(false)}
        onOpenExisting={(id) => navigate(versionHref(kind, id))}
        onCreated={(created) => {
          setCreating(false);
          message.success(t('catalog.draftCreated', { no: created.versionNo }));
          void refresh();
          navigate(versionHref(kind, created.id));
        }}
      />
    </>
  );
}
