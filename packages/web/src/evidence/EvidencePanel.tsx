import {
  CloudUploadOutlined,
  DownloadOutlined,
  ExportOutlined,
  HistoryOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { PROCEDURES, type ProcedureCode } from '@sanxiang/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useBilingual, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { ReasonModal } from '../shared/ReasonModal';
import { CustodyDrawer } from './CustodyDrawer';
import {
  downloadEvidenceUrl,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  exportUrl,
  fetchEvidence,
  formatBytes,
  unlinkEvidence,
  viewEvidence,
} from './evidence-api';
import { KIND_COLOR, KIND_LABEL } from './evidence-labels';
import { MediaViewer } from './MediaViewer';
import { UploadEvidenceModal } from './UploadEvidenceModal';

export interface EvidencePanelProps {
  caseId: string;
  procedure: ProcedureCode;
  /** The stage the case is in: the default stage of a new upload. */
  stage: string;
  place?: string;
  /** Hide the upload button (sealed or read-only views). */
  readOnly?: boolean;
}

/**
 * The evidence tab of a case: upload with resumable progress, the linked items with filters, the
 * player, downloads, the custody trail and the export bundle. Embeddable anywhere a case is shown.
 */
export function EvidencePanel({ caseId, procedure, stage, place, readOnly }: EvidencePanelProps) {
  const t = useT();
  const pick = useBilingual();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const [kind, setKind] = useState<EvidenceKind | undefined>();
  const [stageFilter, setStageFilter] = useState<string | undefined>();
  const [lateOnly, setLateOnly] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [playing, setPlaying] = useState<Evidence | null>(null);
  const [custody, setCustody] = useState<Evidence | null>(null);
  const [unlinking, setUnlinking] = useState<Evidence | null>(null);
  const stages = (PROCEDURES[procedure]?.stages ?? []).map((s) => ({
    code: s.code,
    name: pick(s.name, s.nameEn),
  }));
  const stageName = (code: string) => stages.find((s) => s.code === code)?.name ?? code;

  const query = { page, pageSize, caseId, kind, stage: stageFilter, late: lateOnly ? true : undefined };
  const list = useQuery({
    queryKey: ['evidence', 'list', query],
    queryFn: ({ signal }) => fetchEvidence(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['evidence'] });

  const open = async (item: Evidence) => {
    try {
      // The record read is logged (viewed); the player's own request is logged as a playback.
      const fresh = await viewEvidence(item.id);
      setPlaying(fresh.evidence);
    } catch (err) {
      message.error(String((err as Error).message));
    }
  };

  const columns: TableColumnsType<Evidence> = [
    {
      title: t('evidence.title'),
      dataIndex: 'title',
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{r.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.fileName} · {formatBytes(r.size)}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag color={KIND_COLOR[r.kind]}>{t(KIND_LABEL[r.kind])}</Tag>
            {r.late ? (
              <Tooltip title={t('evidence.lateTip', { delay: r.delayHours, window: r.lateWindowHours })}>
                <Tag color="red" data-testid="late-flag">
                  {t('evidence.late')}
                </Tag>
              </Tooltip>
            ) : null}
            {r.duplicateOf ? (
              <Tooltip title={t('evidence.duplicateTip')}>
                <Tag color="orange">{t('evidence.duplicate')}</Tag>
              </Tooltip>
            ) : null}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('evidence.stage'),
      key: 'stage',
      width: 100,
      render: (_, r) =>
        r.links.filter((l) => l.caseId === caseId).map((l) => <Tag key={l.id}>{stageName(l.stage)}</Tag>),
    },
    {
      title: t('evidence.capturedAt'),
      dataIndex: 'capturedAt',
      width: 160,
      render: (v: string, r) => (
        <Flex vertical>
          <span>{formatDateTime(v)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.place}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('evidence.officer'),
      key: 'officer',
      width: 100,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.officer.name}</span>
          {r.device ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.device.serial}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('evidence.actions'),
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Button
            size="small"
            icon={<PlayCircleOutlined />}
            onClick={() => open(r)}
            data-testid={`play-${r.id}`}
          >
            {r.kind === 'video' || r.kind === 'audio' ? t('evidence.play') : t('evidence.open')}
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={downloadEvidenceUrl(r.id)}
            aria-label={t('evidence.download')}
          />
          <Button
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => setCustody(r)}
            data-testid={`custody-${r.id}`}
          >
            {t('evidence.custody')}
          </Button>
          {!readOnly && can('evidence.link') ? (
            <Button size="small" danger type="text" onClick={() => setUnlinking(r)}>
              {t('evidence.unlink')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={t('evidence.panelTitle')}
      data-testid="evidence-panel"
      extra={
        <Flex gap={8}>
          {can('evidence.export') ? (
            <Tooltip title={t('evidence.exportHint')}>
              <Button
                icon={<ExportOutlined />}
                href={exportUrl({ caseId })}
                disabled={(list.data?.total ?? 0) === 0}
              >
                {t('evidence.export')}
              </Button>
            </Tooltip>
          ) : null}
          {!readOnly && can('evidence.upload') ? (
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setUploading(true)}>
              {t('evidence.upload')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }} align="center">
        <Select
          allowClear
          placeholder={t('evidence.kind')}
          style={{ width: 140 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
        <Select
          allowClear
          placeholder={t('evidence.stage')}
          style={{ width: 180 }}
          value={stageFilter}
          onChange={(v) => {
            setStageFilter(v);
            setPage(1);
          }}
          options={stages.map((s) => ({ value: s.code, label: s.name }))}
        />
        <Flex gap={6} align="center">
          <Switch
            size="small"
            checked={lateOnly}
            onChange={setLateOnly}
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
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('evidence.empty')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZE_OPTIONS,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
          scroll={{ x: 760 }}
        />
      )}
      <UploadEvidenceModal
        open={uploading}
        caseId={caseId}
        stages={stages}
        defaultStage={stage}
        defaultPlace={place}
        onClose={() => setUploading(false)}
        onUploaded={() => refresh()}
      />
      <MediaViewer item={playing} onClose={() => setPlaying(null)} />
      <CustodyDrawer item={custody} onClose={() => setCustody(null)} stageName={stageName} />
      <ReasonModal
        open={unlinking !== null}
        title={t('evidence.unlinkTitle')}
        description={t('evidence.unlinkHint')}
        okText={t('evidence.unlink')}
        danger
        onSubmit={async (reason) => {
          await unlinkEvidence(unlinking!.id, caseId, reason);
          message.success(t('evidence.unlinked'));
          await refresh();
        }}
        onClose={() => setUnlinking(null)}
      />
    </Card>
  );
}
