import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import {
  ACCESS_FILTERS,
  type AccessFilter,
  type AccessQuery,
  type AccessRequest,
  askAccess,
  decideAccess,
  fetchAccessRequests,
} from '../case-file/case-file-api';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { DecisionModal } from './DecisionModal';

const BOXES = ['mine', 'decide', 'all'] as const;

function statusTag(r: AccessRequest, t: (k: MessageKey) => string) {
  if (r.status === 'approved')
    return r.valid ? (
      <Tag color="success">{t('access.status.valid')}</Tag>
    ) : (
      <Tag>{t('access.status.expired')}</Tag>
    );
  const color = { pending: 'warning', denied: 'error', revoked: 'default' }[r.status];
  return <Tag color={color}>{t(`access.status.${r.status}` as MessageKey)}</Tag>;
}

/** 跨单位调阅: my requests and grants, the requests my unit's leader decides, and asking for one. */
export function AccessRequestsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useSearchState();
  const canDecide = can('case-access.decide');
  const canSeeAll = can('case-access.read-log');
  const boxes = BOXES.filter(
    (b) => b === 'mine' || (b === 'decide' && canDecide) || (b === 'all' && canSeeAll),
  );
  const box = readEnum(params, 'box', boxes) ?? 'mine';
  const query: AccessQuery = { box, status: readEnum(params, 'status', ACCESS_FILTERS), page, pageSize };
  const list = useQuery({
    queryKey: ['case-access', 'requests', query],
    queryFn: ({ signal }) => fetchAccessRequests(query, signal),
    placeholderData: keepPreviousData,
  });
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<AccessRequest | null>(null);
  const [form] = Form.useForm<{ caseNo: string; reason: string; hours?: number }>();
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['case-access'] });

  const columns: TableColumnsType<AccessRequest> = [
    {
      title: t('access.case'),
      key: 'case',
      render: (_, r) => (
        <>
          {r.valid || box !== 'mine' ? (
            <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>{r.caseNo}</Link>
          ) : (
            r.caseNo
          )}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.caseSummary}
          </Typography.Text>
        </>
      ),
    },
    { title: t('access.caseUnit'), key: 'unit', width: 130, render: (_, r) => r.caseUnit.name },
    {
      title: t('access.requester'),
      key: 'requester',
      width: 150,
      render: (_, r) => (
        <>
          {r.requester.name}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.requester.unitName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('access.reason'), dataIndex: 'reason' },
    {
      title: t('access.requestedAt'),
      dataIndex: 'requestedAt',
      width: 140,
      render: (d: string) => formatDateTime(d),
    },
    {
      title: t('access.status'),
      key: 'status',
      width: 110,
      filters: ACCESS_FILTERS.map((s) => ({ text: t(`access.status.${s}` as MessageKey), value: s })),
      filterMultiple: false,
      filteredValue: query.status ? [query.status] : null,
      render: (_, r) => statusTag(r, t),
    },
    {
      title: t('access.validUntil'),
      key: 'until',
      width: 150,
      render: (_, r) =>
        r.validUntil ? (
          <>
            {formatDateTime(r.validUntil)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {r.decidedBy}：{r.opinion}
            </Typography.Text>
          </>
        ) : r.decidedBy ? (
          <Typography.Text type="secondary">
            {r.decidedBy}：{r.opinion}
          </Typography.Text>
        ) : (
          `${r.hours} h`
        ),
    },
    ...(box === 'decide'
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r: AccessRequest) =>
              r.canDecide ? (
                <Button size="small" type="primary" onClick={() => setDeciding(r)}>
                  {t('access.decide')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await askAccess({
        caseNo: v.caseNo.trim(),
        reason: v.reason.trim(),
        ...(v.hours ? { hours: v.hours } : {}),
      });
      message.success(t('access.asked'));
      setAsking(false);
      form.resetFields();
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('menu.caseAccess')}
        subTitle={t('access.subtitle')}
        extra={
          can('case-access.request') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)}>
              {t('access.new')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          activeKey={box}
          onChange={(k) => update({ box: k, status: null, page: null })}
          items={boxes.map((b) => ({ key: b, label: t(`access.tab.${b}` as MessageKey) }))}
        />
        {list.error ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 1100 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('access.empty')} />,
            }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
            }}
            onChange={(p, filters) =>
              update({
                page: p.current ?? 1,
                pageSize: p.pageSize ?? pageSize,
                status: (filters.status?.[0] as AccessFilter | undefined) ?? null,
              })
            }
          />
        )}
      </Card>
      <Modal
        open={asking}
        title={t('access.new')}
        onOk={submit}
        onCancel={() => setAsking(false)}
        confirmLoading={busy}
        okText={t('access.new')}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="caseNo"
            label={t('access.caseNo')}
            extra={t('access.caseNoHint')}
            rules={[{ required: true, whitespace: true, message: t('access.caseNoRequired') }, { max: 60 }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('access.reason')}
            rules={[{ required: true, whitespace: true, message: t('access.reasonRequired') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="hours" label={t('access.hours')} extra={t('access.hoursHint')}>
            <InputNumber min={1} max={720} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      </Modal>
      <DecisionModal
        open={deciding !== null}
        title={t('access.decideTitle', { caseNo: deciding?.caseNo ?? '' })}
        description={
          <Typography.Paragraph>
            {deciding?.requester.name}（{deciding?.requester.unitName}）：{deciding?.reason}
          </Typography.Paragraph>
        }
        maxHours={deciding?.hours}
        onSubmit={async (d) => {
          await decideAccess(deciding!.id, d);
          message.success(t('access.decided'));
          await refresh();
        }}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}
