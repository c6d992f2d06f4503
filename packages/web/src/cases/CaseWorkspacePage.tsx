import { DOCUMENT_KINDS, DOCUMENTS } from '@sanxiang/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { useCan } from '../auth/session';
import type { MessageKey } from '../i18n/dictionary';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useBilingual, useLanguage, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDate, formatDateTime, formatValue } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useErrorText } from '../shared/use-error-text';
import { ActionModal, type ActionSubmit } from './ActionModal';
import { procedureName, SOURCE_LABEL, STATUS_LABEL, stageColor, stageName } from './case-labels';
import {
  type CaseAction,
  type CaseDetail,
  type CaseDocument,
  documentFileUrl,
  draftDocument,
  fetchCase,
  issueDocument,
  type Refusal,
  runCaseAction,
} from './cases-api';
import { DeadlineTag } from './DeadlineTag';

const caseKey = (id: string) => ['cases', 'detail', id] as const;

function RefusalList({ refusals }: { refusals: Refusal[] }) {
  const pick = useBilingual();
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {refusals.map((r) => (
        <li key={`${r.guard}-${r.code}`}>
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {pick(r.message, r.messageEn)}
          </Typography.Text>
          {r.articles.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              ({r.articles.map((a) => `${a.lawName} ${a.articles.join(', ')}`).join('; ')})
            </Typography.Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const PENALTY_FIELDS: { key: string; label: MessageKey }[] = [
  { key: 'circumstances', label: 'cases.circumstances' },
  { key: 'kinds', label: 'cases.kinds' },
  { key: 'fine', label: 'cases.fine' },
  { key: 'measures', label: 'cases.measures' },
  { key: 'reason', label: 'cases.reason' },
];

/** The proposed penalty or the decision: the fields staff read; anything else the server adds is left out. */
function PenaltyBlock({ value, empty }: { value: Record<string, unknown> | null; empty: string }) {
  const t = useT();
  if (!value || Object.keys(value).length === 0)
    return <Typography.Text type="secondary">{empty}</Typography.Text>;
  const shown = PENALTY_FIELDS.filter(
    (f) => value[f.key] !== undefined && value[f.key] !== null && value[f.key] !== '',
  );
  const other = Object.entries(value).filter(
    ([k, v]) => !PENALTY_FIELDS.some((f) => f.key === k) && (typeof v === 'string' || typeof v === 'number'),
  );
  return (
    <Descriptions size="small" column={1} bordered>
      {shown.map((f) => {
        const v = value[f.key];
        return (
          <Descriptions.Item key={f.key} label={t(f.label)}>
            {Array.isArray(v) ? v.join('、') : formatValue(v)}
          </Descriptions.Item>
        );
      })}
      {other.map(([k, v]) => (
        <Descriptions.Item key={k} label={k}>
          {String(v)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export function CaseWorkspacePage() {
  const { id = '' } = useParams();
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const can = useCan();
  const errorText = useErrorText();
  const { notification, message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<CaseAction | null>(null);
  const [draftOpen, setDraftOpen] = useState(false);
  const [draftKind, setDraftKind] = useState('');

  const detail = useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => fetchCase(id, signal),
  });

  const showError = (err: unknown) => {
    const refusals =
      isApiError(err) && typeof err.details === 'object' && err.details !== null
        ? ((err.details as { refusals?: Refusal[] }).refusals ?? [])
        : [];
    notification.error({
      message: t('cases.actionFailed'),
      description: (
        <>
          <div>{errorText(err)}</div>
          {refusals.length > 1 ? <RefusalList refusals={refusals} /> : null}
          {isApiError(err) ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {err.code}
            </Typography.Text>
          ) : null}
        </>
      ),
    });
  };
  const refresh = (next?: CaseDetail) => {
    if (next && typeof next === 'object' && 'version' in next) queryClient.setQueryData(caseKey(id), next);
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
  };

  const act = useMutation({
    mutationFn: ({ action, values }: { action: CaseAction; values: ActionSubmit }) =>
      runCaseAction(id, action.action, {
        payload: values.payload,
        reason: values.reason,
        version: detail.data?.version ?? 0,
      }),
    onSuccess: (next, { action }) => {
      setPending(null);
      message.success(t('cases.actionDone', { name: pick(action.name, action.nameEn) }));
      refresh(next);
    },
    onError: (err) => {
      showError(err);
      // A stale version: read the case again so the next try carries the current one.
      if (isApiError(err) && err.code === 'CASE_VERSION_CONFLICT') refresh();
    },
  });
  const draft = useMutation({
    mutationFn: (kind: string) => draftDocument(id, kind),
    onSuccess: () => {
      setDraftOpen(false);
      setDraftKind('');
      message.success(t('cases.drafted'));
      refresh();
    },
    onError: showError,
  });
  const issue = useMutation({
    mutationFn: (docId: string) => issueDocument(id, docId),
    onSuccess: () => {
      message.success(t('cases.issued'));
      refresh();
    },
    onError: showError,
  });

  if (detail.isLoading) return <FullPageSpin />;
  if (detail.isError || !detail.data)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const c = detail.data;
  const canAct = can('cases.act');
  const stages = (() => {
    // The stages the case has passed through, in order, ending with the current one.
    const seen: { code: string; name: string }[] = [];
    for (const e of c.timeline) {
      if (e.toStage && seen[seen.length - 1]?.code !== e.toStage) {
        seen.push({
          code: e.toStage,
          name: stageName(c.procedure, e.toStage, lang, e.toStageName ?? e.toStage),
        });
      }
    }
    if (seen[seen.length - 1]?.code !== c.stage)
      seen.push({ code: c.stage, name: stageName(c.procedure, c.stage, lang, c.stageName) });
    return seen;
  })();
  const running = c.deadlines.filter((d) => d.status === 'running');

  const docColumns = [
    {
      title: t('cases.docName'),
      key: 'name',
      render: (_: unknown, d: CaseDocument) => d.title || pick(d.name, d.nameEn),
    },
    {
      title: t('cases.docNumber'),
      key: 'number',
      render: (_: unknown, d: CaseDocument) => (
        <span style={{ whiteSpace: 'nowrap' }}>{d.number ?? '—'}</span>
      ),
    },
    {
      title: t('cases.docStatus'),
      key: 'status',
      render: (_: unknown, d: CaseDocument) =>
        d.voided ? (
          <Tag color="red">{t('cases.doc.voided')}</Tag>
        ) : d.status === 'issued' ? (
          <Tag color="green">{t('cases.doc.issued')}</Tag>
        ) : (
          <Tag>{t('cases.doc.draft')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, d: CaseDocument) => (
        <Space size="small" wrap>
          {d.pdf || d.status === 'issued' ? (
            <Typography.Link href={documentFileUrl(c.id, d.id, 'pdf')} target="_blank">
              PDF
            </Typography.Link>
          ) : null}
          {d.docx || d.status === 'issued' ? (
            <Typography.Link href={documentFileUrl(c.id, d.id, 'docx')}>DOCX</Typography.Link>
          ) : null}
          {d.status === 'draft' && !d.voided && canAct ? (
            <Popconfirm
              title={t('cases.issueConfirm')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => issue.mutate(d.id)}
            >
              <Button size="small" type="primary" loading={issue.isPending && issue.variables === d.id}>
                {t('cases.issue')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={c.caseNo ?? c.sourceNo}
        subTitle={c.summary}
        extra={
          <Space>
            {/* L-04: the review workspace of this case (review/ReviewWorkspacePage). */}
            <Link to={`/reviews/cases/${c.id}`}>{t('review.workspaceLink')}</Link>
            <Link to="/cases">{t('cases.back')}</Link>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('cases.caseNo')}>{c.caseNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.sourceNo')}>{c.sourceNo}</Descriptions.Item>
          <Descriptions.Item label={t('cases.procedure')}>
            {procedureName(c.procedure, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.stage')}>
            <Tag color={stageColor(c.status)} data-testid="case-stage">
              {stageName(c.procedure, c.stage, lang, c.stageName)}
            </Tag>
            <Tag>{t(STATUS_LABEL[c.status])}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.unit')}>{c.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('cases.matter')}>
            {c.matter ? `${c.matter.code} ${c.matter.name}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.source')}>{t(SOURCE_LABEL[c.source])}</Descriptions.Item>
          <Descriptions.Item label={t('cases.place')}>{c.place}</Descriptions.Item>
          <Descriptions.Item label={t('cases.occurredOn')}>{formatDate(c.occurredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.discoveredOn')}>{formatDate(c.discoveredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.filedOn')}>{formatDate(c.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.queryCode')}>{c.queryCode}</Descriptions.Item>
        </Descriptions>
        <Steps
          size="small"
          style={{ marginTop: 16 }}
          current={stages.length - 1}
          items={stages.map((s) => ({ title: s.name }))}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t('cases.deadlines')} data-testid="case-deadlines">
              {running.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.noDeadlines')} />
              ) : (
                <List
                  dataSource={running}
                  renderItem={(d) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Tooltip title={pick(d.explanation, d.explanationEn)}>
                            <span>{pick(d.name, d.nameEn)}</span>
                          </Tooltip>
                        }
                        description={
                          <>
                            <div>{pick(d.explanation, d.explanationEn)}</div>
                            {d.warnings.map((w) => (
                              <Typography.Text key={w.code} type="warning" style={{ display: 'block' }}>
                                {pick(w.message, w.messageEn)}
                              </Typography.Text>
                            ))}
                          </>
                        }
                      />
                      <Space>
                        {d.suspended ? <Tag>{t('cases.deadline.suspended')}</Tag> : null}
                        <DeadlineTag deadline={d} />
                      </Space>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={t('cases.parties')}>
              {c.parties.length === 0 ? (
                <Typography.Text type="secondary">{t('cases.noParties')}</Typography.Text>
              ) : (
                <List
                  dataSource={c.parties}
                  renderItem={(p) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Space>
                            {p.name}
                            <Tag>
                              {t(
                                p.kind === 'person'
                                  ? 'cases.partyKind.person'
                                  : 'cases.partyKind.organisation',
                              )}
                            </Tag>
                            {p.minor ? <Tag color="orange">{t('cases.minor')}</Tag> : null}
                          </Space>
                        }
                        description={
                          p.kind === 'person'
                            ? `${t('cases.idNumber')}：${p.idNumber ?? '—'}　${t('cases.address')}：${p.address ?? '—'}`
                            : `${t('cases.creditCode')}：${p.creditCode ?? '—'}　${t('cases.legalRepresentative')}：${p.legalRepresentative ?? '—'}`
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={t('cases.officers')}>
              <List
                dataSource={c.officers.filter((o) => o.active)}
                renderItem={(o) => (
                  <List.Item>
                    <Space wrap>
                      <Typography.Text strong>{o.name}</Typography.Text>
                      <Tag color={o.role === 'lead' ? 'blue' : 'default'}>
                        {t(o.role === 'lead' ? 'cases.role.lead' : 'cases.role.assist')}
                      </Tag>
                      <Typography.Text type="secondary">{o.unit.name}</Typography.Text>
                      {o.certificate ? (
                        <Tag color={o.certified ? 'green' : 'red'} style={{ whiteSpace: 'nowrap' }}>
                          {t('cases.certificate')} {o.certificate.number}
                        </Tag>
                      ) : (
                        <Tag color="red">{t('cases.noCertificate')}</Tag>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Card title={t('cases.penalty')}>
                  <PenaltyBlock value={c.proposedPenalty} empty={t('cases.noPenalty')} />
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card title={t('cases.decision')}>
                  <PenaltyBlock value={c.decision} empty={t('cases.noDecision')} />
                </Card>
              </Col>
            </Row>
            <Card
              title={t('cases.documents')}
              extra={
                canAct ? (
                  <Button size="small" onClick={() => setDraftOpen(true)}>
                    {t('cases.draftDocument')}
                  </Button>
                ) : null
              }
            >
              <Table<CaseDocument>
                rowKey="id"
                size="small"
                columns={docColumns}
                dataSource={c.documents}
                pagination={false}
                locale={{ emptyText: t('cases.noDocuments') }}
              />
            </Card>
            {/* evidence and footage of the case (packages/web/src/evidence). */}
            <EvidencePanel caseId={c.id} procedure={c.procedure} stage={c.stage} place={c.place} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t('cases.actions')} data-testid="case-actions">
              {c.actions.length === 0 ? (
                <Typography.Text type="secondary">{t('cases.noActions')}</Typography.Text>
              ) : (
                <Flex vertical gap={12}>
                  {c.actions.map((a) => (
                    <div key={a.action}>
                      <Button
                        block
                        type={a.allowed ? 'primary' : 'default'}
                        disabled={!a.allowed || !canAct}
                        onClick={() => setPending(a)}
                      >
                        {pick(a.name, a.nameEn)}
                      </Button>
                      {!a.allowed ? <RefusalList refusals={a.refusals} /> : null}
                    </div>
                  ))}
                </Flex>
              )}
            </Card>
            <Card title={t('cases.timeline')}>
              <Timeline
                items={c.timeline.map((e) => ({
                  key: e.id,
                  content: (
                    <>
                      <Typography.Text strong>{e.name}</Typography.Text>
                      {e.toStageName ? <Tag style={{ marginInlineStart: 8 }}>{e.toStageName}</Tag> : null}
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDateTime(e.at)} · {e.actor.name}
                        </Typography.Text>
                      </div>
                      {e.reason ? <div>{e.reason}</div> : null}
                    </>
                  ),
                }))}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
      <ActionModal
        action={pending}
        submitting={act.isPending}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && act.mutate({ action: pending, values })}
      />
      <Modal
        open={draftOpen}
        title={t('cases.draftDocument')}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        confirmLoading={draft.isPending}
        okButtonProps={{ disabled: !draftKind.trim() }}
        onCancel={() => setDraftOpen(false)}
        onOk={() => draft.mutate(draftKind.trim())}
      >
        <Form layout="vertical">
          <Form.Item label={t('cases.docName')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={draftKind || undefined}
              onChange={(v: string) => setDraftKind(v)}
              options={DOCUMENT_KINDS.map((k) => ({
                value: k,
                label: pick(DOCUMENTS[k].name, DOCUMENTS[k].nameEn),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
      {c.status !== 'open' ? <Alert type="info" showIcon title={t(STATUS_LABEL[c.status])} /> : null}
    </>
  );
}
