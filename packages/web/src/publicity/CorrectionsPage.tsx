import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { answerCorrection, type Correction, fetchCorrections, fetchPublication } from './publicity-api';

type Row = Correction & { publicationTitle: string; publicationPublicId: string | null };
const STATUSES = ['open', 'accepted', 'rejected'] as const;
const STATUS_COLOR = { open: 'processing', accepted: 'success', rejected: 'default' } as const;

/** 纠错申请 (P-02): requests filed on the portal, open ones first, each due within 10 working days. */
export function CorrectionsPage() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const can = useCan();
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useSearchState();
  const status = readEnum(params, 'status', STATUSES);
  const list = useQuery({
    queryKey: ['publicity', 'corrections', { status, page, pageSize }],
    queryFn: ({ signal }) => fetchCorrections({ status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
  const [answering, setAnswering] = useState<Row | null>(null);
  const [form] = Form.useForm<{ outcome: 'accepted' | 'rejected'; answer: string; sourceText?: string }>();
  const outcome = Form.useWatch('outcome', form);
  const [saving, setSaving] = useState(false);

  const open = async (r: Row) => {
    setAnswering(r);
    const detail = await fetchPublication(r.publicationId).catch(() => null);
    form.setFieldsValue({
      outcome: 'accepted',
      answer: '',
      sourceText: detail?.publication.sourceText ?? '',
    });
  };
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await answerCorrection(answering!.id, {
        outcome: v.outcome,
        answer: v.answer,
        ...(v.outcome === 'accepted' && v.sourceText ? { sourceText: v.sourceText } : {}),
      });
      message.success(t('publicity.corrections.answered'));
      setAnswering(null);
      void queryClient.invalidateQueries({ queryKey: ['publicity'] });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('publicity.title'),
      dataIndex: 'publicationTitle',
      render: (title: string, r) => <Link to={`/publicity/${r.publicationId}`}>{title}</Link>,
    },
    {
      title: t('publicity.corrections.requester'),
      key: 'requester',
      width: 170,
      render: (_, r) => (
        <>
          {r.requesterName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.requesterContact}
          </Typography.Text>
        </>
      ),
    },
    { title: t('publicity.corrections.content'), dataIndex: 'content', ellipsis: true },
    {
      title: t('publicity.corrections.filedOn'),
      dataIndex: 'filedOn',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('publicity.status'),
      key: 'status',
      width: 200,
      filters: STATUSES.map((s) => ({ text: t(`publicity.corrections.status.${s}`), value: s })),
      filterMultiple: false,
      filteredValue: status ? [status] : null,
      render: (_, r) => (
        <>
          <Tag color={STATUS_COLOR[r.status]}>{t(`publicity.corrections.status.${r.status}`)}</Tag>
          {r.due ? (
            <Typography.Text
              strong={r.due.overdue}
              style={{ color: r.due.overdue ? '#c41d1d' : undefined, display: 'block' }}
            >
              {r.due.overdue
                ? t('publicity.daysLate', { days: Math.max(1, -r.due.workingDaysLeft) })
                : t('publicity.daysLeft', { days: r.due.workingDaysLeft })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" style={{ display: 'block' }} ellipsis>
              {r.answer}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(can('publicity.manage')
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r: Row) =>
              r.status === 'open' ? (
                <Button size="small" type="link" onClick={() => void open(r)}>
                  {t('publicity.corrections.answer')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('menu.publicityCorrections')} subTitle={t('publicity.corrections.subtitle')} />
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Row>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publicity.corrections.empty')} />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination, filters) => {
              const s = filters.status?.[0];
              update({
                page: pagination.current,
                pageSize: pagination.pageSize,
                status: s === undefined ? null : String(s),
              });
            }}
          />
        )}
      </Card>
      <Modal
        open={answering !== null}
        title={t('publicity.corrections.answer')}
        onCancel={() => setAnswering(null)}
        onOk={() => void submit()}
        confirmLoading={saving}
        width={760}
        destroyOnHidden
      >
        {answering ? (
          <Typography.Paragraph>
            <Typography.Text strong>{answering.requesterName}：</Typography.Text>
            {answering.content}
          </Typography.Paragraph>
        ) : null}
        <Form form={form} layout="vertical" initialValues={{ outcome: 'accepted' }}>
          <Form.Item name="outcome" label={t('publicity.corrections.outcome')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'accepted', label: t('publicity.corrections.status.accepted') },
                { value: 'rejected', label: t('publicity.corrections.status.rejected') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="answer"
            label={t('publicity.corrections.answerText')}
            rules={[
              { required: true, whitespace: true, min: 2, max: 2000, message: t('common.reasonRequired') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          {outcome === 'accepted' ? (
            <Form.Item
              name="sourceText"
              label={t('publicity.corrections.sourceText')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={8} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
