import { ExportOutlined, HistoryOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { PROCEDURES } from '@sanxiang/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Input,
  Select,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useBilingual, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { CustodyDrawer } from './CustodyDrawer';
import {
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceQuery,
  exportUrl,
  fetchEvidence,
  formatBytes,
  viewEvidence,
} from './evidence-api';
import { KIND_COLOR, KIND_LABEL } from './evidence-labels';
import { MediaViewer } from './MediaViewer';

/** 证据检索: every item within the caller's scope, by kind, time, lateness, words or digest. */
export function EvidenceSearchPage() {
  const t = useT();
  const pick = useBilingual();
  const stageName = (code: string) => {
    const stage = Object.values(PROCEDURES)
      .flatMap((p) => p.stages)
      .find((s) => s.code === code);
    return stage ? pick(stage.name, stage.nameEn) : code;
  };
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { params, page, pageSize, update } = useSearchState();
  const [selected, setSelected] = useState<string[]>([]);
  const [playing, setPlaying] = useState<Evidence | null>(null);
  const [custody, setCustody] = useState<Evidence | null>(null);
  const query: EvidenceQuery = {
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    kind: readEnum(params, 'kind', EVIDENCE_KINDS),
    late: params.get('late') === 'true' ? true : undefined,
    capturedFrom: params.get('from') ?? undefined,
    capturedTo: params.get('to') ?? undefined,
  };
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  const list = useQuery({
    queryKey: ['evidence', 'search', query],
    queryFn: ({ signal }) => fetchEvidence(query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Evidence> = [
    {
      title: t('evidence.title'),
      key: 'title',
      width: 300,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{r.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.fileName} · {formatBytes(r.size)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            SM3 {r.sm3.slice(0, 16)}…
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('evidence.kind'),
      key: 'kind',
      width: 110,
      filters: EVIDENCE_KINDS.map((k) => ({ text: t(KIND_LABEL[k]), value: k })),
      filterMultiple: false,
      filteredValue: query.kind ? [query.kind] : null,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Tag color={KIND_COLOR[r.kind]}>{t(KIND_LABEL[r.kind])}</Tag>
          {r.late ? (
            <Tooltip title={t('evidence.lateTip', { delay: r.delayHours, window: r.lateWindowHours })}>
              <Tag color="red">{t('evidence.late')}</Tag>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('evidence.case'),
      key: 'case',
      width: 170,
      render: (_, r) =>
        r.links.length === 0
          ? '—'
          : r.links.map((l) => (
              <div key={l.id}>
                <Link to={`/cases/${l.caseId}`}>{l.caseNo}</Link>
              </div>
            )),
    },
    {
      title: t('evidence.capturedAt'),
      dataIndex: 'capturedAt',
      width: 165,
      render: (v: string) => formatDateTime(v),
    },
    { title: t('evidence.place'), dataIndex: 'place', width: 200, ellipsis: true },
    { title: t('evidence.officer'), key: 'officer', width: 100, render: (_, r) => r.officer.name },
    { title: t('evidence.unit'), key: 'unit', width: 130, render: (_, r) => r.unit.name },
    {
      title: t('evidence.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<PlayCircleOutlined />}
            onClick={async () => {
              try {
                setPlaying((await viewEvidence(r.id)).evidence);
              } catch (err) {
                message.error(errorText(err));
              }
            }}
          >
            {t('evidence.open')}
          </Button>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setCustody(r)}>
            {t('evidence.custody')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('evidence.searchTitle')}
        subTitle={t('evidence.searchSubtitle')}
        extra={
          can('evidence.export') ? (
            <Tooltip title={t('evidence.exportHint')}>
              <Button
                icon={<ExportOutlined />}
                disabled={selected.length === 0}
                href={exportUrl({ ids: selected.join(',') })}
              >
                {t('evidence.export')} ({selected.length})
              </Button>
            </Tooltip>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }} align="center">
          <Input.Search
            allowClear
            style={{ width: 320 }}
            placeholder={t('evidence.search')}
            aria-label={t('evidence.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v || null, page: null })}
          />
          <DatePicker.RangePicker
            placeholder={[t('evidence.from'), t('evidence.to')]}
            value={
              query.capturedFrom && query.capturedTo
                ? [dayjs(query.capturedFrom), dayjs(query.capturedTo)]
                : null
            }
            onChange={(range) =>
              update({
                from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                to: range?.[1]?.format('YYYY-MM-DD') ?? null,
                page: null,
              })
            }
          />
          <Select
            allowClear
            placeholder={t('evidence.kind')}
            style={{ width: 140 }}
            value={query.kind}
            onChange={(v) => update({ kind: v ?? null, page: null })}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
          />
          <Flex gap={6} align="center">
            <Switch
              size="small"
              checked={query.late === true}
              onChange={(v) => update({ late: v ? 'true' : null, page: null })}
              aria-label={t('evidence.filterLate')}
            />
            <Typography.Text>{t('evidence.filterLate')}</Typography.Text>
          </Flex>
        </Flex>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Evidence>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            locale={{ emptyText: <Empty description={t('evidence.empty')} /> }}
            onChange={(_p, filters) => {
              const k = (filters.kind?.[0] as string | undefined) ?? null;
              if (k !== (query.kind ?? null)) update({ kind: k, page: null });
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              onChange: (p, s) => update({ page: String(p), pageSize: String(s) }),
            }}
            scroll={{ x: 1320 }}
          />
        )}
      </Card>
      <MediaViewer item={playing} onClose={() => setPlaying(null)} />
      <CustodyDrawer item={custody} onClose={() => setCustody(null)} stageName={stageName} />
    </>
  );
}
