import { CheckCircleTwoTone, CloseCircleTwoTone, FilePdfOutlined } from '@ant-design/icons';
import { FINDINGS, OPINIONS, REVIEW_ITEMS, SUBMISSION_MATERIALS } from '@sanxiang/core';
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
  Input,
  List,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth/session';
import { documentFileUrl, fetchCase } from '../cases/cases-api';
import { useLanguage, useT } from '../i18n/language';
import { todayInChina } from '../shared/china-date';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import {
  extendReview,
  type Finding,
  fetchCaseReview,
  giveOpinion,
  type Opinion,
  type ReviewRound,
  recordDiscussion,
  submitForReview,
} from './review-api';

const STATUS_COLOR: Record<string, string> = {
  pending: 'processing',
  agreed: 'success',
  returned: 'warning',
  disagreed: 'error',
  superseded: 'default',
};

interface OpinionForm {
  items: { finding: Finding; comment?: string }[];
  opinion: Opinion;
  text: string;
}

/** 审核工作台 (L-04): the case file on the left, the checklist, the route, the rounds and the opinion form on the right. */
export function ReviewWorkspacePage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useLanguage();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const kase = useQuery({ queryKey: ['cases', id], queryFn: ({ signal }) => fetchCase(id, signal) });
  const review = useQuery({
    queryKey: ['reviews', 'case', id],
    queryFn: ({ signal }) => fetchCaseReview(id, signal),
  });
  const [opinionForm] = Form.useForm<OpinionForm>();
  const [submitForm] = Form.useForm<{ recommendation: string; evidence: string[] }>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['reviews'] });
    void queryClient.invalidateQueries({ queryKey: ['cases', id] });
  };
  const [extending, setExtending] = useState(false);
  const [discussForm] = Form.useForm<{
    chair: string;
    participants: string[];
    summary: string;
    conclusion: 'uphold' | 'revise';
  }>();
  const pending = review.data?.rounds.find((r) => r.status === 'pending') ?? null;
  const disagreed =
    review.data?.rounds.find(
      (r) => r.status === 'disagreed' && !review.data?.discussions.some((d) => d.requestId === r.id),
    ) ?? null;
  const discuss = useMutation({
    mutationFn: (v: {
      chair: string;
      participants: string[];
      summary: string;
      conclusion: 'uphold' | 'revise';
    }) => recordDiscussion(disagreed!.id, { ...v, heldOn: todayInChina() }),
    onSuccess: () => {
      message.success(t('review.discussionSaved'));
      refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const opinion = useMutation({
    mutationFn: (v: OpinionForm) =>
      giveOpinion(pending!.id, {
        opinion: v.opinion,
        text: v.text,
        items: REVIEW_ITEMS.map((item, i) => ({
          code: item.code,
          finding: v.items[i]!.finding,
          comment: v.items[i]!.comment ?? '',
        })),
      }),
    onSuccess: () => {
      message.success(t('review.opinionSaved'));
      opinionForm.resetFields();
      refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const submit = useMutation({
    mutationFn: (v: { recommendation: string; evidence: string[] }) =>
      submitForReview(id, { recommendation: v.recommendation ?? '', evidence: v.evidence ?? [] }),
    onSuccess: () => {
      message.success(t('review.submitted'));
      refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });

  if (kase.isError) return <ErrorResult error={kase.error} onRetry={() => kase.refetch()} />;
  if (review.isError) return <ErrorResult error={review.error} onRetry={() => review.refetch()} />;
  if (!kase.data || !review.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const c = kase.data;
  const r = review.data;
  const bi = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const penalty = (c.penaltyAfterDefence ?? c.proposedPenalty) as {
    kinds?: string[];
    fine?: number | null;
  } | null;
  const lastMaterials = r.rounds.at(-1)?.materials;
  const checklist = SUBMISSION_MATERIALS.filter(
    (m) => m.code !== 'hearing-record' || r.materials.hearingHeld,
  ).map((m) => {
    const onCase = !r.materials.missingOnCase.some((x) => x.code === m.code);
    const present =
      m.code === 'recommendation'
        ? !!lastMaterials?.recommendation
        : m.code === 'evidence-list'
          ? (lastMaterials?.evidence?.length ?? 0) > 0
          : onCase;
    return { ...m, present };
  });
  const mayReview = !!pending && can('review.review');
  const maySubmit = r.inReview && !pending && can('review.submit');

  return (
    <>
      <PageHeader
        title={t('review.workspace.title', { caseNo: c.caseNo ?? c.sourceNo })}
        subTitle={
          <Space wrap>
            <span>{c.stageName}</span>
            {r.gate.passed ? (
              <Tag color="success">{t('review.gate.open')}</Tag>
            ) : (
              <Tag color="error">{t('review.gate.closed')}</Tag>
            )}
            <Link to={`/cases/${c.id}`}>{t('review.openCase')}</Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('review.caseFile')} size="small">
            <Descriptions
              column={1}
              size="small"
              bordered
              styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
            >
              <Descriptions.Item label={t('review.summary')}>{c.summary}</Descriptions.Item>
              <Descriptions.Item label={t('review.place')}>{c.place}</Descriptions.Item>
              <Descriptions.Item label={t('review.unit')}>{c.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('review.parties')}>
                {c.parties.map((p) => p.name).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('review.matter')}>{c.matter?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('review.penalty')}>
                {penalty
                  ? `${(penalty.kinds ?? []).join('、')}${penalty.fine ? ` ${penalty.fine.toLocaleString()} 元` : ''}`
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('review.officers')}>
                {c.officers.map((o) => o.name).join('、')}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('review.documents')}
            </Typography.Title>
            <List
              size="small"
              dataSource={c.documents.filter((d) => d.status === 'issued' && !d.voided)}
              locale={{ emptyText: t('review.noDocuments') }}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <a key="pdf" href={documentFileUrl(c.id, d.id, 'pdf')} target="_blank" rel="noreferrer">
                      <FilePdfOutlined /> PDF
                    </a>,
                  ]}
                >
                  {d.name}
                  {d.number ? <Typography.Text type="secondary"> {d.number}</Typography.Text> : null}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={t('review.route')} size="small">
              <Typography.Paragraph strong>
                {bi(r.route.explanation.zh, r.route.explanation.en)}
              </Typography.Paragraph>
              <ul style={{ margin: 0 }}>
                {r.route.reasons.map((x) => (
                  <li key={x.code}>{bi(x.zh, x.en)}</li>
                ))}
              </ul>
              <Space style={{ marginTop: 8 }} wrap>
                {r.gate.levels.map((l) => (
                  <Tag key={l.level} color={l.passed ? 'success' : 'default'}>
                    {t(`review.level.${l.level}`)}：{l.passed ? t('review.passed') : t('review.notPassed')}
                  </Tag>
                ))}
              </Space>
            </Card>
            <Card title={t('review.checklist')} size="small">
              <List
                size="small"
                dataSource={checklist}
                renderItem={(m) => (
                  <List.Item>
                    <Space>
                      {m.present ? (
                        <CheckCircleTwoTone twoToneColor="#389e0d" aria-label={t('review.present')} />
                      ) : (
                        <CloseCircleTwoTone twoToneColor="#c41d1d" aria-label={t('review.missing')} />
                      )}
                      {bi(m.zh, m.en)}
                    </Space>
                  </List.Item>
                )}
              />
              {maySubmit ? (
                <Form
                  form={submitForm}
                  layout="vertical"
                  style={{ marginTop: 12 }}
                  onFinish={(v) => submit.mutate(v)}
                  initialValues={{ evidence: [] }}
                >
                  <Form.Item
                    name="recommendation"
                    label={t('review.recommendation')}
                    rules={[{ required: true, message: t('review.recommendationRequired') }]}
                  >
                    <Input.TextArea rows={2} maxLength={4000} />
                  </Form.Item>
                  <Form.Item
                    name="evidence"
                    label={t('review.evidenceList')}
                    rules={[{ required: true, type: 'array', min: 1, message: t('review.evidenceRequired') }]}
                  >
                    <Select mode="tags" open={false} placeholder={t('review.evidenceHint')} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={submit.isPending}>
                    {t('review.submit')}
                  </Button>
                </Form>
              ) : null}
            </Card>
            {mayReview ? (
              <Card
                title={t('review.opinionTitle', {
                  level: t(`review.level.${pending!.level}`),
                  n: String(pending!.round),
                })}
                size="small"
                extra={
                  pending!.dueOn ? (
                    <Tag color={pending!.overdue ? 'red' : 'blue'}>
                      {t('review.dueOn')} {pending!.dueOn}
                    </Tag>
                  ) : null
                }
              >
                <Form
                  form={opinionForm}
                  layout="vertical"
                  onFinish={(v) => opinion.mutate(v)}
                  initialValues={{
                    items: REVIEW_ITEMS.map(() => ({ finding: 'ok', comment: '' })),
                    opinion: 'agree',
                  }}
                >
                  {REVIEW_ITEMS.map((item, i) => (
                    <Flex key={item.code} gap="small" wrap align="flex-start" style={{ marginBottom: 4 }}>
                      <Typography.Text style={{ flex: '1 1 260px' }}>
                        {i + 1}. {bi(item.zh, item.en)}
                      </Typography.Text>
                      <Form.Item name={['items', i, 'finding']} style={{ marginBottom: 8 }}>
                        <Radio.Group
                          aria-label={bi(item.zh, item.en)}
                          optionType="button"
                          size="small"
                          options={(Object.keys(FINDINGS) as Finding[]).map((f) => ({
                            value: f,
                            label: bi(FINDINGS[f].zh, FINDINGS[f].en),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={['items', i, 'comment']}
                        style={{ flex: '1 1 220px', marginBottom: 8 }}
                        dependencies={[['items', i, 'finding']]}
                        rules={[
                          ({ getFieldValue }) => ({
                            validator: (_, value: string | undefined) =>
                              getFieldValue(['items', i, 'finding']) === 'problem' && !value?.trim()
                                ? Promise.reject(new Error(t('review.commentRequired')))
                                : Promise.resolve(),
                          }),
                        ]}
                      >
                        <Input
                          placeholder={t('review.comment')}
                          aria-label={`${bi(item.zh, item.en)} ${t('review.comment')}`}
                        />
                      </Form.Item>
                    </Flex>
                  ))}
                  <Form.Item name="opinion" label={t('review.opinion')} rules={[{ required: true }]}>
                    <Radio.Group
                      options={(Object.keys(OPINIONS) as Opinion[]).map((o) => ({
                        value: o,
                        label: bi(OPINIONS[o].zh, OPINIONS[o].en),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name="text"
                    label={t('review.opinionText')}
                    rules={[{ required: true, whitespace: true, message: t('review.opinionTextRequired') }]}
                  >
                    <Input.TextArea rows={3} maxLength={5000} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={opinion.isPending}>
                    {t('review.giveOpinion')}
                  </Button>
                </Form>
              </Card>
            ) : null}
            {pending && can('review.approve') && pending.extraDays === 0 ? (
              <Flex justify="flex-end">
                <Button onClick={() => setExtending(true)}>{t('review.extend')}</Button>
              </Flex>
            ) : null}
            {disagreed && can('review.approve') ? (
              <Card title={t('review.discussionTitle')} size="small">
                <Form
                  form={discussForm}
                  layout="vertical"
                  onFinish={(v) => discuss.mutate(v)}
                  initialValues={{ conclusion: 'uphold', participants: [] }}
                >
                  <Form.Item
                    name="chair"
                    label={t('review.chair')}
                    rules={[{ required: true, whitespace: true, message: t('review.chairRequired') }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name="participants"
                    label={t('review.participants')}
                    rules={[
                      { required: true, type: 'array', min: 3, message: t('review.participantsRequired') },
                    ]}
                  >
                    <Select mode="tags" open={false} placeholder={t('review.evidenceHint')} />
                  </Form.Item>
                  <Form.Item
                    name="summary"
                    label={t('review.discussionSummary')}
                    rules={[
                      { required: true, whitespace: true, message: t('review.discussionSummaryRequired') },
                    ]}
                  >
                    <Input.TextArea rows={3} maxLength={10000} />
                  </Form.Item>
                  <Form.Item name="conclusion" label={t('review.discussionConclusion')}>
                    <Radio.Group
                      options={[
                        { value: 'uphold', label: t('review.conclusion.uphold') },
                        { value: 'revise', label: t('review.conclusion.revise') },
                      ]}
                    />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={discuss.isPending}>
                    {t('review.recordDiscussion')}
                  </Button>
                </Form>
              </Card>
            ) : null}
            {pending && !mayReview ? (
              <Alert
                type="info"
                showIcon
                message={t('review.waiting', { level: t(`review.level.${pending.level}`) })}
              />
            ) : null}
            <Card title={t('review.rounds')} size="small">
              {r.rounds.length === 0 ? (
                <Empty description={t('review.noRounds')} />
              ) : (
                <Timeline
                  items={r.rounds.map((x: ReviewRound) => ({
                    color:
                      x.status === 'agreed'
                        ? 'green'
                        : x.status === 'pending'
                          ? 'blue'
                          : x.status === 'superseded'
                            ? 'gray'
                            : 'red',
                    children: (
                      <div>
                        <Space wrap>
                          <strong>{t('review.roundNo', { n: String(x.round) })}</strong>
                          <span>{t(`review.level.${x.level}`)}</span>
                          <Tag color={STATUS_COLOR[x.status]}>{t(`review.status.${x.status}`)}</Tag>
                          <Typography.Text type="secondary">
                            {x.submittedOn} → {x.concludedOn ?? x.dueOn} {x.reviewerName ?? ''}
                          </Typography.Text>
                        </Space>
                        {x.opinionText ? <div>{x.opinionText}</div> : null}
                        {x.items?.some((i) => i.finding === 'problem') ? (
                          <Table
                            size="small"
                            pagination={false}
                            rowKey="code"
                            style={{ marginTop: 4 }}
                            dataSource={x.items.filter((i) => i.finding === 'problem')}
                            columns={[
                              {
                                title: t('review.item'),
                                dataIndex: 'code',
                                render: (code: string) => {
                                  const item = REVIEW_ITEMS.find((i) => i.code === code);
                                  return item ? bi(item.zh, item.en) : code;
                                },
                              },
                              { title: t('review.comment'), dataIndex: 'comment' },
                            ]}
                          />
                        ) : null}
                      </div>
                    ),
                  }))}
                />
              )}
              {r.discussions.map((d) => (
                <Alert
                  key={d.id}
                  type="warning"
                  style={{ marginTop: 8 }}
                  message={`${t('review.discussion')} ${d.heldOn}（${d.chair}）`}
                  description={`${d.summary} —— ${t(`review.conclusion.${d.conclusion}`)}`}
                />
              ))}
            </Card>
          </Flex>
        </Col>
      </Row>
      <ReasonModal
        open={extending}
        title={t('review.extend')}
        description={t('review.extendHint')}
        okText={t('review.extend')}
        onSubmit={(reason) => extendReview(pending!.id, reason).then(refresh)}
        onClose={() => setExtending(false)}
      />
    </>
  );
}
