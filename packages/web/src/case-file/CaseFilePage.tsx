import { DownloadOutlined, EditOutlined, ExportOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth/session';
import { DecisionModal } from '../case-access/DecisionModal';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import {
  type Amendment,
  askAmendment,
  type CaseFileVersion,
  caseFileExportUrl,
  caseFilePdfUrl,
  decideAmendment,
  fetchCaseFile,
  formatBytes,
  type ManifestEntry,
  sealCaseFile,
} from './case-file-api';

const STATE_COLOR = { sealed: 'success', open: 'processing', unsealed: 'warning' } as const;
const AMENDMENT_COLOR = { pending: 'warning', approved: 'success', denied: 'error' } as const;

function Digest({ label, value }: { label: string; value: string }) {
  return (
    <Typography.Text code copyable={{ text: value }} style={{ fontSize: 12, wordBreak: 'break-all' }}>
      {label} {value}
    </Typography.Text>
  );
}

/** 电子案卷: the sealed file, its versions and digests, contents, amendments and trail. */
export function CaseFilePage() {
  const { id = '' } = useParams();
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<Amendment | null>(null);
  const [sealing, setSealing] = useState(false);
  const q = useQuery({ queryKey: ['case-file', id], queryFn: ({ signal }) => fetchCaseFile(id, signal) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['case-file', id] });
  if (q.isLoading) return <FullPageSpin />;
  if (q.error || !q.data) return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  const f = q.data;

  const versionColumns: TableColumnsType<CaseFileVersion> = [
    {
      title: t('caseFile.version'),
      dataIndex: 'version',
      width: 90,
      render: (n: number) => t('caseFile.versionN', { n }),
    },
    {
      title: t('caseFile.status'),
      dataIndex: 'status',
      width: 170,
      render: (s: CaseFileVersion['status']) => (
        <Tag color={s === 'sealed' ? 'success' : 'default'}>{t(`caseFile.status.${s}` as MessageKey)}</Tag>
      ),
    },
    {
      title: t('caseFile.sealedAt'),
      dataIndex: 'sealedAt',
      width: 150,
      render: (d: string) => formatDateTime(d),
    },
    { title: t('caseFile.sealedBy'), dataIndex: 'sealedBy', width: 100 },
    { title: t('caseFile.pages'), dataIndex: 'pageCount', width: 70 },
    {
      title: 'SM3 / SHA-256',
      key: 'digests',
      render: (_, v) => (
        <Flex vertical>
          <Digest label="SM3" value={v.sm3} />
          <Digest label="SHA-256" value={v.sha256} />
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, v) => (
        <Typography.Link href={caseFilePdfUrl(id, v.version)} download>
          <DownloadOutlined /> PDF
        </Typography.Link>
      ),
    },
  ];

  const manifestColumns: TableColumnsType<ManifestEntry> = [
    {
      title: t('caseFile.section'),
      dataIndex: 'section',
      width: 110,
      filters: (['cover', 'contents', 'documents', 'evidence', 'note'] as const).map((s) => ({
        text: t(`caseFile.section.${s}` as MessageKey),
        value: s,
      })),
      onFilter: (v, r) => r.section === v,
      render: (s: ManifestEntry['section']) => <Tag>{t(`caseFile.section.${s}` as MessageKey)}</Tag>,
    },
    { title: t('caseFile.entry'), dataIndex: 'title' },
    { title: t('caseFile.number'), dataIndex: 'number', width: 220, render: (n: string | null) => n ?? '—' },
    { title: t('caseFile.page'), dataIndex: 'page', width: 70 },
    {
      title: t('caseFile.original'),
      key: 'file',
      width: 260,
      render: (_, e) =>
        e.file ? (
          <Tooltip title={`SM3 ${e.file.sm3}`}>
            <Typography.Text code style={{ fontSize: 12 }}>
              {e.file.sha256.slice(0, 16)}… · {formatBytes(e.file.size)}
            </Typography.Text>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  const amendmentColumns: TableColumnsType<Amendment> = [
    {
      title: t('caseFile.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: Amendment['status']) => (
        <Tag color={AMENDMENT_COLOR[s]}>{t(`caseFile.amendment.${s}` as MessageKey)}</Tag>
      ),
    },
    {
      title: t('caseFile.amendmentReason'),
      dataIndex: 'reason',
      render: (r: string, a) => (
        <>
          <div>{r}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('caseFile.amendmentOf', { n: a.fileVersion })}
            {a.newVersion ? ` · ${t('caseFile.amendmentResult', { n: a.newVersion })}` : ''}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('caseFile.requestedBy'),
      key: 'requested',
      width: 170,
      render: (_, a) => `${a.requestedBy} · ${formatDateTime(a.requestedAt)}`,
    },
    {
      title: t('caseFile.decidedBy'),
      key: 'decided',
      width: 220,
      render: (_, a) =>
        a.decidedBy ? (
          <>
            <div>{`${a.decidedBy} · ${formatDateTime(a.decidedAt)}`}</div>
            <Typography.Text type="secondary">{a.opinion}</Typography.Text>
          </>
        ) : can('case-file.approve-amendment') && a.status === 'pending' ? (
          <Button size="small" onClick={() => setDeciding(a)}>
            {t('access.decide')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  const pending = f.amendments.some((a) => a.status === 'pending');
  return (
    <>
      <PageHeader
        title={t('caseFile.title', { caseNo: f.caseNo })}
        subTitle={t('caseFile.subtitle')}
        extra={<Link to={`/cases/${encodeURIComponent(id)}`}>{t('caseFile.back')}</Link>}
      />
      <Card style={{ marginBottom: 16 }} data-testid="case-file-state">
        <Flex justify="space-between" wrap gap="middle" align="flex-start">
          <Descriptions size="small" column={1} style={{ maxWidth: 760 }}>
            <Descriptions.Item label={t('caseFile.status')}>
              <Tag color={STATE_COLOR[f.state]} icon={f.state === 'sealed' ? <LockOutlined /> : undefined}>
                {t(`caseFile.state.${f.state}` as MessageKey)}
              </Tag>
              {f.current ? t('caseFile.versionN', { n: f.current.version }) : null}
            </Descriptions.Item>
            {f.current ? (
              <>
                <Descriptions.Item label={t('caseFile.sealedAt')}>
                  {formatDateTime(f.current.sealedAt)} · {f.current.sealedBy}
                </Descriptions.Item>
                <Descriptions.Item label={t('caseFile.pages')}>
                  {f.current.pageCount} · {formatBytes(f.current.pdfSize)}
                </Descriptions.Item>
                <Descriptions.Item label="SM3">
                  <Digest label="" value={f.current.sm3} />
                </Descriptions.Item>
                <Descriptions.Item label="SHA-256">
                  <Digest label="" value={f.current.sha256} />
                </Descriptions.Item>
              </>
            ) : null}
          </Descriptions>
          <Space wrap>
            {f.current ? (
              <>
                <Button
                  type="primary"
                  icon={<DownloadOutlined />}
                  href={caseFilePdfUrl(id, f.current.version)}
                  download
                >
                  {t('caseFile.download')}
                </Button>
                <Tooltip title={t('caseFile.exportHint')}>
                  <Button icon={<ExportOutlined />} href={caseFileExportUrl(id)} download>
                    {t('caseFile.export')}
                  </Button>
                </Tooltip>
                {can('case-file.amend') ? (
                  <Button icon={<EditOutlined />} disabled={pending} onClick={() => setAsking(true)}>
                    {t('caseFile.askAmendment')}
                  </Button>
                ) : null}
              </>
            ) : null}
            {f.state === 'unsealed' && can('cases.act') ? (
              <Button
                type="primary"
                icon={<LockOutlined />}
                loading={sealing}
                onClick={async () => {
                  setSealing(true);
                  try {
                    await sealCaseFile(id);
                    message.success(t('caseFile.sealed'));
                    await refresh();
                  } catch (err) {
                    message.error(errorText(err));
                  } finally {
                    setSealing(false);
                  }
                }}
              >
                {t('caseFile.sealNow')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        {f.state === 'open' ? (
          <Alert type="info" showIcon message={t('caseFile.openHint')} style={{ marginTop: 12 }} />
        ) : null}
      </Card>
      <Card title={t('caseFile.contents')} style={{ marginBottom: 16 }}>
        <Table
          rowKey={(e) => `${e.section}-${e.page}-${e.title}-${e.file?.sha256 ?? ''}`}
          size="small"
          columns={manifestColumns}
          dataSource={f.manifest}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseFile.notSealedYet')} />
            ),
          }}
        />
      </Card>
      <Card title={t('caseFile.versions')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="version"
          size="small"
          columns={versionColumns}
          dataSource={f.versions}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseFile.notSealedYet')} />
            ),
          }}
        />
      </Card>
      <Card title={t('caseFile.amendments')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          columns={amendmentColumns}
          dataSource={f.amendments}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseFile.noAmendments')} />
            ),
          }}
        />
      </Card>
      <Card title={t('caseFile.trail')} data-testid="case-file-trail">
        {f.trail.length ? (
          <Timeline
            items={f.trail.map((e) => ({
              children: (
                <>
                  <Typography.Text strong>{e.operationName}</Typography.Text> · {e.actor ?? '—'}
                  {e.unitName ? `（${e.unitName}）` : ''}
                  <Typography.Text type="secondary"> · {formatDateTime(e.at)}</Typography.Text>
                </>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caseFile.noTrail')} />
        )}
      </Card>
      <ReasonModal
        open={asking}
        title={t('caseFile.askAmendment')}
        label={t('caseFile.amendmentReason')}
        okText={t('caseFile.askAmendment')}
        onSubmit={async (reason) => {
          await askAmendment(id, reason);
          message.success(t('caseFile.amendmentAsked'));
          await refresh();
        }}
        onClose={() => setAsking(false)}
      />
      <DecisionModal
        open={deciding !== null}
        title={t('caseFile.askAmendment')}
        description={<Typography.Paragraph>{deciding?.reason}</Typography.Paragraph>}
        onSubmit={async (d) => {
          await decideAmendment(id, deciding!.id, { approve: d.approve, opinion: d.opinion });
          await refresh();
        }}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}
