import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { DocumentKind } from '@sanxiang/core';
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
  List,
  Popconfirm,
  Row,
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
import { type ApiError, isApiError } from '../api/api-error';
import { useCan } from '../auth/session';
import { CaseRecordsCard } from '../case-file/CaseRecordsCard';
import { EvidencePanel } from '../evidence/EvidencePanel';
import type { MessageKey } from '../i18n/dictionary';
import { useBilingual, useLanguage, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDate, formatDateTime, formatValue } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useErrorText } from '../shared/use-error-text';
import { ActionModal, type ActionSubmit, articleText } from './ActionModal';
import { canOpen } from './action-fields';
import { procedureName, SOURCE_LABEL, STATUS_LABEL, stageColor, stageName } from './case-labels';
import {
  addParty,
  assignOfficer,
  type CaseAction,
  type CaseDetail,
  type CaseDocument,
  type CaseOfficer,
  type CaseParty,
  type Deadline,
  documentFileUrl,
  draftDocumentWithInput,
  extendDeadline,
  fetchCase,
  issueDocument,
  type PartyInput,
  type PenaltyInput,
  putPenalty,
  type Refusal,
  recuseOfficer,
  resumeDeadline,
  runCaseAction,
  suspendDeadline,
  updateParty,
} from './cases-api';
import { type DeadlineChange, type DeadlineChangeBody, DeadlineModal } from './DeadlineModal';
import { DeadlineTag } from './DeadlineTag';
import { DraftDocumentModal } from './DraftDocumentModal';
import { AssignOfficerModal, CertificateTag, RecusalModal } from './OfficerModals';
import { PartyModal } from './PartyModal';
import { PenaltyModal } from './PenaltyModal';

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
          {r.articles.length > 0 && !pick(r.message, r.messageEn).includes(articleText(r)) ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              （{articleText(r)}）
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
  { key: 'facts', label: 'caseForm.decision.facts' },
  { key: 'basis', label: 'caseForm.decision.basis' },
  { key: 'performance', label: 'caseForm.decision.performance' },
  { key: 'remedies', label: 'caseForm.decision.remedies' },
  { key: 'authority', label: 'caseForm.decision.authority' },
  { key: 'decidedOn', label: 'caseForm.decision.decidedOn' },
];

/** The proposed penalty or the decision: the fields staff read; anything else the server adds is left out. */
function PenaltyBlock({ value: raw, empty }: { value: Record<string, unknown> | null; empty: string }) {
  const t = useT();
  if (!raw || Object.keys(raw).length === 0)
    return <Typography.Text type="secondary">{empty}</Typography.Text>;
  // A decision carries its penalty nested: its kinds and fine are read alongside the decision's facts.
  const value =
    raw.penalty && typeof raw.penalty === 'object'
      ? { ...(raw.penalty as Record<string, unknown>), ...raw }
      : raw;
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
  // Edits of the case outside the acts: parties, officers, the penalty, deadlines (each its own modal).
  const [partyEdit, setPartyEdit] = useState<{ party: CaseParty | null } | null>(null);
  const [assignOpen, setAssignOpen] = useState(false);
  const [recusing, setRecusing] = useState<CaseOfficer | null>(null);
  const [penaltyOpen, setPenaltyOpen] = useState(false);
  const [deadlineEdit, setDeadlineEdit] = useState<{ deadline: Deadline; change: DeadlineChange } | null>(
    null,
  );

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

  const apiError = (m: { error: unknown }) => (isApiError(m.error) ? (m.error as ApiError) : null);
  const partyWrite = useMutation({
    mutationFn: ({ party, input }: { party: CaseParty | null; input: PartyInput }) =>
      party ? updateParty(id, party.id, input) : addParty(id, input),
    onSuccess: (next) => {
      setPartyEdit(null);
      message.success(t('caseForm.saved'));
      refresh(next);
    },
  });
  const assign = useMutation({
    mutationFn: (body: { personId: string; role: 'lead' | 'assist' }) => assignOfficer(id, body),
    onSuccess: (next) => {
      setAssignOpen(false);
      message.success(t('caseForm.saved'));
      refresh(next);
    },
  });
  const recuse = useMutation({
    mutationFn: ({
      personId,
      body,
    }: {
      personId: string;
      body: { reason: string; decision: 'requested' | 'recused' | 'rejected' };
    }) => recuseOfficer(id, personId, body),
    onSuccess: (next) => {
      setRecusing(null);
      message.success(t('caseForm.saved'));
      refresh(next);
    },
  });
  const penalty = useMutation({
    mutationFn: (body: PenaltyInput) => putPenalty(id, body),
    onSuccess: (next) => {
      setPenaltyOpen(false);
      message.success(t('caseForm.saved'));
      refresh(next);
    },
    onError: (err) => {
      if (isApiError(err) && err.code === 'CASE_VERSION_CONFLICT') refresh();
    },
  });
  const deadlineWrite = useMutation({
    mutationFn: ({ deadlineId, body }: { deadlineId: string; body: DeadlineChangeBody }) => {
      const { kind, ...rest } = body;
      if (kind === 'suspend') return suspendDeadline(id, deadlineId, rest as never);
      if (kind === 'resume') return resumeDeadline(id, deadlineId, rest as never);
      return extendDeadline(id, deadlineId, rest as never);
    },
    onSuccess: (next) => {
      setDeadlineEdit(null);
      message.success(t('caseForm.saved'));
      refresh(next);
    },
  });

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
      // Refusals are shown in the act's form, on the field they concern; anything else also as a notice.
      if (!isApiError(err) || !pending) showError(err);
      // A stale version: read the case again so the next try carries the current one.
      if (isApiError(err) && err.code === 'CASE_VERSION_CONFLICT') refresh();
    },
  });
  const draft = useMutation({
    mutationFn: ({ kind, input }: { kind: DocumentKind; input: Record<string, unknown> }) =>
      draftDocumentWithInput(id, kind, input),
    onSuccess: () => {
      setDraftOpen(false);
      message.success(t('cases.drafted'));
      refresh();
    },
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
  const editable = canAct && c.status === 'open';
  const canApprove = can('cases.approve') && c.status === 'open';
  const decided = Boolean(c.milestones?.['decision-made']);
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
                            {(d.suspensions ?? []).map((x) => (
                              <div key={`s-${x.from}`} data-testid="deadline-change">
                                <Tag color="gold">{t('caseForm.suspension')}</Tag>
                                {x.to
                                  ? t('caseForm.suspensionClosed', { from: x.from, to: x.to })
                                  : t('caseForm.suspensionOpen', { from: x.from })}
                                ：{x.reason}
                                <Typography.Text type="secondary">
                                  {' '}
                                  · {t('caseForm.approvedBy', { name: x.approvedBy })}
                                </Typography.Text>
                              </div>
                            ))}
                            {(d.extensions ?? []).map((x) => (
                              <div key={`e-${x.approvedAt}`} data-testid="deadline-change">
                                <Tag color="purple">{t('caseForm.extension')}</Tag>
                                {t('caseForm.extendedBy', { days: x.days })}：{x.reason}
                                <Typography.Text type="secondary">
                                  {' '}
                                  · {t('caseForm.approvedBy', { name: x.approvedBy })}
                                </Typography.Text>
                              </div>
                            ))}
                          </>
                        }
                      />
                      <Flex vertical align="end" gap={4}>
                        <Space>
                          {d.suspended ? <Tag>{t('cases.deadline.suspended')}</Tag> : null}
                          <DeadlineTag deadline={d} />
                        </Space>
                        {canApprove && d.limitKind === 'deadline' ? (
                          <Space size={0}>
                            {d.suspended ? (
                              <Button
                                size="small"
                                type="link"
                                onClick={() => setDeadlineEdit({ deadline: d, change: 'resume' })}
                              >
                                {t('caseForm.resume')}
                              </Button>
                            ) : (
                              <Button
                                size="small"
                                type="link"
                                onClick={() => setDeadlineEdit({ deadline: d, change: 'suspend' })}
                              >
                                {t('caseForm.suspend')}
                              </Button>
                            )}
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setDeadlineEdit({ deadline: d, change: 'extend' })}
                            >
                              {t('caseForm.extend')}
                            </Button>
                          </Space>
                        ) : null}
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card
              title={t('cases.parties')}
              data-testid="case-parties"
              extra={
                editable && !decided ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setPartyEdit({ party: null })}>
                    {t('cases.addParty')}
                  </Button>
                ) : null
              }
            >
              {c.parties.length === 0 ? (
                <Typography.Text type="secondary">{t('cases.noParties')}</Typography.Text>
              ) : (
                <List
                  dataSource={c.parties}
                  renderItem={(p) => (
                    <List.Item
                      actions={
                        editable && !decided
                          ? [
                              <Button
                                key="edit"
                                size="small"
                                type="link"
                                icon={<EditOutlined />}
                                onClick={() => setPartyEdit({ party: p })}
                              >
                                {t('caseForm.edit')}
                              </Button>,
                            ]
                          : []
                      }
                    >
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
                          <>
                            <div>
                              {p.kind === 'person'
                                ? `${t('cases.idNumber')}：${p.idNumber || '—'}`
                                : `${t('cases.creditCode')}：${p.creditCode || '—'}　${t('cases.legalRepresentative')}：${p.legalRepresentative || '—'}`}
                              {p.creditCodeOverride ? (
                                <Tag color="gold" style={{ marginInlineStart: 8 }}>
                                  {t('caseForm.creditOverride')}
                                </Tag>
                              ) : null}
                            </div>
                            <div>
                              {`${t('cases.address')}：${p.address || '—'}　${t('cases.phone')}：${p.phone || '—'}`}
                            </div>
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card
              title={t('cases.officers')}
              data-testid="case-officers"
              extra={
                editable ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setAssignOpen(true)}>
                    {t('caseForm.assignOfficer')}
                  </Button>
                ) : null
              }
            >
              <List
                dataSource={c.officers}
                renderItem={(o) => (
                  <List.Item
                    actions={
                      editable && o.active
                        ? [
                            <Button key="recuse" size="small" type="link" onClick={() => setRecusing(o)}>
                              {t('caseForm.recuse')}
                            </Button>,
                          ]
                        : []
                    }
                  >
                    <Flex vertical gap={2} style={{ opacity: o.active ? 1 : 0.6 }}>
                      <Space wrap>
                        <Typography.Text strong delete={!o.active}>
                          {o.name}
                        </Typography.Text>
                        <Tag color={o.role === 'lead' ? 'blue' : 'default'}>
                          {t(o.role === 'lead' ? 'cases.role.lead' : 'cases.role.assist')}
                        </Tag>
                        <Typography.Text type="secondary">{o.unit.name}</Typography.Text>
                        <CertificateTag certificate={o.certificate} />
                        {!o.certified && o.certificate ? (
                          <Tag color="red">{t('caseForm.notCertifiedToday')}</Tag>
                        ) : null}
                      </Space>
                      {o.recusal?.decision === 'recused' ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('caseForm.recusedBecause', { reason: o.recusal.reason ?? '' })}
                        </Typography.Text>
                      ) : o.recusal?.requestedAt && !o.recusal.decision ? (
                        <Typography.Text type="warning" style={{ fontSize: 12 }}>
                          {t('caseForm.recusalPending', { reason: o.recusal.requestReason ?? '' })}
                        </Typography.Text>
                      ) : o.recusal?.decision === 'rejected' ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('caseForm.recusalRejected', { reason: o.recusal.reason ?? '' })}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Card
                  title={t('cases.penalty')}
                  data-testid="case-penalty"
                  extra={
                    editable && !decided && c.matter ? (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setPenaltyOpen(true)}>
                        {t('caseForm.proposePenalty')}
                      </Button>
                    ) : null
                  }
                >
                  {(c.penaltyAfterDefence ?? c.proposedPenalty)?.outsideStandard ? (
                    <Alert
                      type="warning"
                      showIcon
                      style={{ marginBottom: 8 }}
                      title={t('caseForm.bureauReviewFlag')}
                    />
                  ) : null}
                  <PenaltyBlock
                    value={c.penaltyAfterDefence ?? c.proposedPenalty}
                    empty={t('cases.noPenalty')}
                  />
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
            {/* what the stage must record, footage exemptions, the sealed case file. */}
            <CaseRecordsCard
              key={`${c.id}-${c.version}`}
              caseId={c.id}
              onChanged={() => void detail.refetch()}
            />
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
                        disabled={!canAct || !canOpen(c, a)}
                        onClick={() => {
                          act.reset();
                          setPending(a);
                        }}
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
        kase={c}
        submitting={act.isPending}
        error={apiError(act)}
        onCancel={() => {
          setPending(null);
          act.reset();
        }}
        onSubmit={(values) => pending && act.mutate({ action: pending, values })}
      />
      <PartyModal
        open={partyEdit !== null}
        party={partyEdit?.party ?? null}
        submitting={partyWrite.isPending}
        error={apiError(partyWrite)}
        onCancel={() => {
          setPartyEdit(null);
          partyWrite.reset();
        }}
        onSubmit={(input) => partyWrite.mutate({ party: partyEdit?.party ?? null, input })}
      />
      <AssignOfficerModal
        open={assignOpen}
        current={c.officers}
        submitting={assign.isPending}
        error={apiError(assign)}
        onCancel={() => {
          setAssignOpen(false);
          assign.reset();
        }}
        onSubmit={(body) => assign.mutate(body)}
      />
      <RecusalModal
        officer={recusing}
        canDecide={canApprove}
        submitting={recuse.isPending}
        error={apiError(recuse)}
        onCancel={() => {
          setRecusing(null);
          recuse.reset();
        }}
        onSubmit={(body) => recusing && recuse.mutate({ personId: recusing.personId, body })}
      />
      <PenaltyModal
        open={penaltyOpen}
        kase={c}
        submitting={penalty.isPending}
        error={apiError(penalty)}
        onCancel={() => {
          setPenaltyOpen(false);
          penalty.reset();
        }}
        onSubmit={(body) => penalty.mutate(body)}
      />
      <DeadlineModal
        deadline={deadlineEdit?.deadline ?? null}
        change={deadlineEdit?.change ?? 'extend'}
        submitting={deadlineWrite.isPending}
        error={apiError(deadlineWrite)}
        onCancel={() => {
          setDeadlineEdit(null);
          deadlineWrite.reset();
        }}
        onSubmit={(body) =>
          deadlineEdit && deadlineWrite.mutate({ deadlineId: deadlineEdit.deadline.id, body })
        }
      />
      <DraftDocumentModal
        open={draftOpen}
        kase={c}
        submitting={draft.isPending}
        error={apiError(draft)}
        onCancel={() => {
          setDraftOpen(false);
          draft.reset();
        }}
        onSubmit={(kind, input) => draft.mutate({ kind, input })}
      />
      {c.status !== 'open' ? <Alert type="info" showIcon title={t(STATUS_LABEL[c.status])} /> : null}
    </>
  );
}
