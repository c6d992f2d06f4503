import { DeleteOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Upload,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useLanguage } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { useUnits } from '../units/units-api';
import { fetchItems, removeItem, startImport } from './catalog-api';
import { CATEGORY_LABEL, labelOf, PROCEDURE_LABEL } from './catalog-labels';
import {
  type CatalogItem,
  type CatalogKind,
  type CatalogVersion,
  type ImportJob,
  type InspectionItem,
  itemTitle,
  MATTER_CATEGORIES,
  type MatterItem,
} from './catalog-model';
import { catalogKey, useRefreshCatalog } from './catalog-queries';
import { ImportModal } from './ImportModal';
import { ItemDrawer, type ItemDrawerState } from './ItemDrawer';

/** A row's title that opens it: a real button (focusable, announced), looking like a link. */
function OpenButton({ text, onClick }: { text: string; onClick: () => void }) {
  return (
    <Button
      type="link"
      onClick={onClick}
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
    >
      {text}
    </Button>
  );
}

/** The items of one version: search, category filter, server pagination; add/edit/remove and import in a draft. */
export function ItemsCard({
  kind,
  version,
  editable,
}: {
  kind: CatalogKind;
  version: CatalogVersion;
  editable: boolean;
}) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshCatalog(kind);
  const units = useUnits();
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
  const { params, page, pageSize, update } = useSearchState();
  const q = params.get('q') ?? undefined;
  const category = kind === 'matters' ? readEnum(params, 'category', MATTER_CATEGORIES) : undefined;
  const [searchText, setSearchText] = useState(q ?? '');
  useEffect(() => setSearchText(q ?? ''), [q]);
  const [drawer, setDrawer] = useState<ItemDrawerState>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const query = { page, pageSize, q, category };
  const items = useQuery({
    queryKey: [...catalogKey(kind), 'items', version.id, query],
    queryFn: ({ signal }) => fetchItems(kind, version.id, query, signal),
    placeholderData: keepPreviousData,
  });

  const remove = async (item: CatalogItem) => {
    try {
      await removeItem(kind, version.id, item.code);
      message.success(t('catalog.removed', { code: item.code }));
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const onImportFinished = useCallback(
    (job: ImportJob) => {
      if (job.status === 'succeeded') {
        message.success(t('catalog.import.succeeded', { count: job.imported }));
        void refresh();
      } else {
        message.error(t('catalog.import.failed', { count: job.problems.length }));
      }
    },
    [message, t, refresh],
  );

  const actions: TableColumnsType<CatalogItem> = editable
    ? [
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          width: 130,
          render: (_, item) => (
            <Flex gap={4}>
              <Button
                size="small"
                type="link"
                icon={<EditOutlined />}
                onClick={() => setDrawer({ mode: 'edit', item })}
              >
                {t('common.edit')}
              </Button>
              <Popconfirm
                title={t('catalog.removeConfirm', { code: item.code })}
                okText={t('catalog.remove')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => remove(item)}
              >
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('catalog.removeItem', { code: item.code })}
                />
              </Popconfirm>
            </Flex>
          ),
        },
      ]
    : [];

  const open = (item: CatalogItem) => setDrawer({ mode: 'view', item });
  const codeColumn: TableColumnsType<CatalogItem>[number] = {
    title: t('catalog.field.code'),
    dataIndex: 'code',
    width: 120,
    fixed: 'left',
    render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span>,
  };

  const matterColumns: TableColumnsType<MatterItem> = [
    {
      title: t('catalog.field.name'),
      dataIndex: 'name',
      render: (name: string, item) => <OpenButton text={name} onClick={() => open(item)} />,
    },
    {
      title: t('catalog.field.category'),
      key: 'category',
      width: 130,
      filters: MATTER_CATEGORIES.map((c) => ({ text: t(CATEGORY_LABEL[c]), value: c })),
      filterMultiple: false,
      filteredValue: category ? [category] : null,
      render: (_, item) => <Tag>{labelOf(CATEGORY_LABEL, item.category, t)}</Tag>,
    },
    {
      title: t('catalog.field.procedure'),
      dataIndex: 'procedure',
      width: 110,
      render: (p: string) => labelOf(PROCEDURE_LABEL, p, t),
    },
    {
      title: t('catalog.field.hearingApplicable'),
      dataIndex: 'hearingApplicable',
      width: 100,
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
    },
    {
      title: t('catalog.field.responsibleUnit'),
      dataIndex: 'responsibleUnitId',
      width: 180,
      render: (id: string) => unitName(id),
    },
  ];
  const inspectionColumns: TableColumnsType<InspectionItem> = [
    {
      title: t('catalog.field.object'),
      dataIndex: 'object',
      width: 220,
      render: (v: string, item) => <OpenButton text={v} onClick={() => open(item)} />,
    },
    { title: t('catalog.field.content'), dataIndex: 'content', ellipsis: true },
    {
      title: t('catalog.field.ratio'),
      dataIndex: 'ratio',
      width: 100,
      align: 'right',
      render: (r: number) => `${r}%`,
    },
    { title: t('catalog.field.frequency'), dataIndex: 'frequency', width: 160 },
  ];
  const columns = [
    codeColumn,
    ...((kind === 'matters' ? matterColumns : inspectionColumns) as TableColumnsType<CatalogItem>),
    ...actions,
  ];
  const filtered = Boolean(q || category);

  return (
    <Card
      title={t('catalog.items')}
      extra={
        editable ? (
          <Flex gap="small" wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })}>
              {t(kind === 'matters' ? 'catalog.addMatter' : 'catalog.addInspection')}
            </Button>
            <Tooltip title={t('catalog.import.hint')}>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  if (file.name.toLowerCase().endsWith('.xlsx')) return true;
                  message.error(t('catalog.import.onlyXlsx'));
                  return Upload.LIST_IGNORE;
                }}
                customRequest={async ({ file, onSuccess, onError }) => {
                  try {
                    const started = await startImport(kind, version.id, file as File);
                    setJobId(started.jobId);
                    onSuccess?.(started);
                  } catch (err) {
                    message.error(errorText(err));
                    onError?.(err as Error);
                  }
                }}
              >
                <Button icon={<ImportOutlined />}>{t('catalog.import.button')}</Button>
              </Upload>
            </Tooltip>
          </Flex>
        ) : null
      }
    >
      <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('catalog.searchItems')}
          placeholder={t('catalog.searchItems')}
          allowClear
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(value) => update({ q: value.trim() || null })}
          enterButton={t('common.search')}
          maxLength={100}
          style={{ width: 360 }}
        />
        {filtered ? (
          <Button onClick={() => update({ q: null, category: null })}>{t('common.clearFilters')}</Button>
        ) : null}
      </Flex>
      {items.isError && !items.data ? (
        <ErrorResult error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <Table<CatalogItem>
          rowKey="code"
          columns={columns}
          dataSource={items.data?.items ?? []}
          loading={items.isFetching}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('common.noMatch') : t('catalog.noItems')}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZE_OPTIONS,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, filters) => {
            const c = filters.category?.[0];
            update({
              page: pagination.current,
              pageSize: pagination.pageSize,
              category: c === undefined ? null : String(c),
            });
          }}
        />
      )}
      <ItemDrawer
        kind={kind}
        versionId={version.id}
        state={drawer}
        editable={editable}
        onEdit={(item) => setDrawer({ mode: 'edit', item })}
        onClose={() => setDrawer(null)}
        onSaved={(item, created) => {
          setDrawer(null);
          message.success(
            t(created ? 'catalog.added' : 'catalog.saved', { code: item.code, name: itemTitle(item) }),
          );
          void refresh();
        }}
      />
      <ImportModal kind={kind} jobId={jobId} onClose={() => setJobId(null)} onFinished={onImportFinished} />
    </Card>
  );
}
