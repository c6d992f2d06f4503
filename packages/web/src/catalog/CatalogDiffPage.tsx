import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Empty,
  Flex,
  Result,
  Row,
  Select,
  Spin,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/language';
import { useLaws } from '../laws/laws-api';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { useSearchState } from '../shared/use-search-state';
import { useUnits } from '../units/units-api';
import { fetchDiff } from './catalog-api';
import { CATEGORY_LABEL, KIND_LABEL, labelOf, STATUS_LABEL } from './catalog-labels';
import { type CatalogItem, type CatalogKind, itemTitle } from './catalog-model';
import { catalogKey, catalogPath, useAllVersions } from './catalog-queries';
import {
  type DiffLine,
  type FieldChangeRow,
  fieldChangeRows,
  type ValueFormatter,
} from './diff-presentation';
import { defaultPair } from './workflow';

function Lines({ lines }: { lines: DiffLine[] }) {
  const t = useT();
  if (lines.length === 0)
    return <Typography.Text type="secondary">{t('catalog.diff.empty')}</Typography.Text>;
  return (
    <>
      {lines.map((l, i) => {
        const key = `${i}|${l.text}`;
        if (l.change === 'removed')
          return (
            <del key={key} className="diff-line diff-removed">
              {l.text}
            </del>
          );
        if (l.change === 'added')
          return (
            <ins key={key} className="diff-line diff-added">
              {l.text}
            </ins>
          );
        return (
          <span key={key} className="diff-line">
            {l.text}
          </span>
        );
      })}
    </>
  );
}

function FieldChanges({ rows }: { rows: FieldChangeRow[] }) {
  const t = useT();
  return (
    <Table<FieldChangeRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      tableLayout="fixed"
      columns={[
        { title: t('catalog.diff.field'), dataIndex: 'label', width: 220 },
        { title: t('catalog.diff.before'), key: 'before', render: (_, r) => <Lines lines={r.before} /> },
        { title: t('catalog.diff.after'), key: 'after', render: (_, r) => <Lines lines={r.after} /> },
      ]}
    />
  );
}

/** 版本比较: what a new version adds, removes and changes, field by field. */
export function CatalogDiffPage({ kind }: { kind: CatalogKind }) {
  const t = useT();
  const navigate = useNavigate();
  const { params, update } = useSearchState();
  const versions = useAllVersions(kind);
  const laws = useLaws();
  const units = useUnits();
  const fallback = defaultPair(versions.data ?? []);
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;

  const diff = useQuery({
    queryKey: [...catalogKey(kind), 'diff', from, to],
    queryFn: ({ signal }) => fetchDiff(kind, from!, to!, signal),
    enabled: Boolean(from && to && from !== to),
  });

  const fmt = useMemo<ValueFormatter>(() => {
    const lawTitles = new Map((laws.data ?? []).map((l) => [l.id, l.title]));
    const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    return {
      t,
      lawTitle: (id) => lawTitles.get(id) ?? id,
      unitName: (id) => unitNames.get(id) ?? id,
    };
  }, [t, laws.data, units.data]);

  const options = (versions.data ?? []).map((v) => ({
    value: v.id,
    label: `${t('catalog.versionNo', { no: v.versionNo })} · ${t(STATUS_LABEL[v.status])}${v.isCurrent ? ` · ${t('catalog.current')}` : ''}`,
  }));

  const itemColumns: TableColumnsType<CatalogItem> = [
    { title: t('catalog.field.code'), dataIndex: 'code', width: 130 },
    {
      title: t(kind === 'matters' ? 'catalog.field.name' : 'catalog.field.object'),
      key: 'name',
      render: (_, item) => itemTitle(item),
    },
    ...(kind === 'matters'
      ? [
          {
            title: t('catalog.field.category'),
            key: 'category',
            width: 130,
            render: (_: unknown, item: CatalogItem) =>
              'category' in item ? <Tag>{labelOf(CATEGORY_LABEL, item.category, t)}</Tag> : null,
          },
        ]
      : []),
  ];

  const data = diff.data;
  const same = data && data.added.length + data.removed.length + data.changed.length === 0;

  return (
    <>
      <PageHeader
        title={`${t(KIND_LABEL[kind])} · ${t('catalog.diff.title')}`}
        subTitle={t('catalog.diff.subtitle')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(catalogPath(kind))}>
            {t('catalog.allVersions')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap="middle" align="center" wrap>
          <Select
            aria-label={t('catalog.diff.from')}
            prefix={t('catalog.diff.from')}
            value={from}
            loading={versions.isPending}
            options={options}
            onChange={(v: string) => update({ from: v, to: to ?? null })}
            style={{ minWidth: 280 }}
          />
          <Button
            icon={<SwapOutlined />}
            aria-label={t('catalog.diff.swap')}
            title={t('catalog.diff.swap')}
            onClick={() => update({ from: to ?? null, to: from ?? null })}
          />
          <Select
            aria-label={t('catalog.diff.to')}
            prefix={t('catalog.diff.to')}
            value={to}
            loading={versions.isPending}
            options={options}
            onChange={(v: string) => update({ to: v, from: from ?? null })}
            style={{ minWidth: 280 }}
          />
        </Flex>
      </Card>

      {versions.isError ? (
        <ErrorResult error={versions.error} onRetry={() => void versions.refetch()} />
      ) : !from || !to ? (
        <Card>
          <Empty description={t('catalog.diff.needTwo')} />
        </Card>
      ) : from === to ? (
        <Alert type="info" showIcon title={t('catalog.diff.sameVersion')} />
      ) : diff.isError ? (
        <ErrorResult error={diff.error} onRetry={() => void diff.refetch()} />
      ) : !data ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      ) : same ? (
        <Card>
          <Result status="success" title={t('catalog.diff.identical')} />
        </Card>
      ) : (
        <Flex vertical gap="middle">
          <Row gutter={16}>
            <Col xs={8}>
              <Card>
                <Statistic
                  title={t('catalog.diff.added')}
                  value={data.added.length}
                  styles={{ content: { color: '#2b7a0b' } }}
                />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic
                  title={t('catalog.diff.removed')}
                  value={data.removed.length}
                  styles={{ content: { color: '#c41d1d' } }}
                />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic
                  title={t('catalog.diff.changed')}
                  value={data.changed.length}
                  styles={{ content: { color: '#ad5700' } }}
                />
              </Card>
            </Col>
          </Row>
          {data.added.length > 0 ? (
            <Card title={t('catalog.diff.addedItems', { count: data.added.length })} size="small">
              <Table<CatalogItem>
                size="small"
                rowKey="code"
                columns={itemColumns}
                dataSource={data.added}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
              />
            </Card>
          ) : null}
          {data.removed.length > 0 ? (
            <Card title={t('catalog.diff.removedItems', { count: data.removed.length })} size="small">
              <Table<CatalogItem>
                size="small"
                rowKey="code"
                columns={itemColumns}
                dataSource={data.removed}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
              />
            </Card>
          ) : null}
          {data.changed.length > 0 ? (
            <Card title={t('catalog.diff.changedItems', { count: data.changed.length })} size="small">
              <Collapse
                defaultActiveKey={data.changed.length <= 5 ? data.changed.map((c) => c.code) : []}
                items={data.changed.map((c) => {
                  const rows = fieldChangeRows(kind, c.fields, fmt);
                  return {
                    key: c.code,
                    label: (
                      <span>
                        <Typography.Text strong>{c.code}</Typography.Text> {c.name}{' '}
                        <Typography.Text type="secondary">
                          {t('catalog.diff.fieldCount', { count: rows.length })}
                        </Typography.Text>
                      </span>
                    ),
                    children: <FieldChanges rows={rows} />,
                  };
                })}
              />
            </Card>
          ) : null}
        </Flex>
      )}
    </>
  );
}
