import {
  CheckOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  GlobalOutlined,
  RollbackOutlined,
  SendOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
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
  Modal,
  Row,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useCan } from '../auth/session';
import { useLanguage, useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { useErrorText } from '../shared/use-error-text';
import {
  type AnnualFigures,
  type AnnualReport,
  draftReport,
  exportUrl,
  fetchReport,
  publishReport,
  reviewReport,
  submitReport,
} from './annual-report-api';
import { ReportChart } from './ReportChart';
import { ReportStatusTag } from './ReportStatusTag';

const money = (n: number) =>
  n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One year's report: its workflow actions, charts (echarts) and tables. */
export function ReportDetail({ year }: { year: number }) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reviewing, setReviewing] = useState<'approve' | 'return' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ opinion: string }>();
  const report = useQuery({
    queryKey: ['annual-reports', year],
    queryFn: ({ signal }) => fetchReport(year, signal),
  });

  const act = async (run: () => Promise<AnnualReport>) => {
    setBusy(true);
    try {
      await run();
      message.success(t('annual.done'));
      await queryClient.invalidateQueries({ queryKey: ['annual-reports'] });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (report.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (report.isError) return <ErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const canEdit = can('annual-report.edit');
  const canApprove = can('annual-report.approve');

  const actions = (
    <Flex gap="small" wrap>
      {canEdit && (r.status === 'none' || r.status === 'draft') ? (
        <Button
          icon={<SyncOutlined />}
          loading={busy}
          onClick={() => void act(() => draftReport(year, r.version))}
        >
          {r.status === 'none' ? t('annual.draft') : t('annual.recompute')}
        </Button>
      ) : null}
      {canEdit && r.status === 'draft' ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={busy}
          disabled={!r.yearEnded}
          onClick={() => void act(() => submitReport(year, r.version))}
        >
          {t('annual.submit')}
        </Button>
      ) : null}
      {canApprove && r.status === 'submitted' ? (
        <>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setReviewing('approve')}>
            {t('annual.approve')}
          </Button>
          <Button danger icon={<RollbackOutlined />} onClick={() => setReviewing('return')}>
            {t('annual.return')}
          </Button>
        </>
      ) : null}
      {canEdit && r.status === 'approved' ? (
        <Button
          type="primary"
          icon={<GlobalOutlined />}
          loading={busy}
          onClick={() => void act(() => publishReport(year, r.version))}
        >
          {t('annual.publish')}
        </Button>
      ) : null}
      {r.figures ? (
        <>
          <Button icon={<FileExcelOutlined />} href={exportUrl(year, 'xlsx')}>
            {t('annual.xlsx')}
          </Button>
          <Button icon={<FilePdfOutlined />} href={exportUrl(year, 'pdf')}>
            {t('annual.pdf')}
          </Button>
        </>
      ) : null}
      {r.status === 'published' ? (
        <Button type="link" href={`/annual-reports/${year}`} target="_blank">
          {t('annual.portal')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <>
      <Card
        title={
          <Flex gap="small" align="center">
            {t('annual.year')} {year} <ReportStatusTag report={r} />
          </Flex>
        }
        extra={actions}
        style={{ marginBottom: 16 }}
      >
        {r.returnedReason && r.status === 'draft' ? (
          <Alert
            type="warning"
            showIcon
            title={t('annual.returned', { reason: r.returnedReason })}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {!r.yearEnded && r.figures ? (
          <Alert
            type="info"
            showIcon
            title={t('annual.yearOpen', { date: r.figures.asOf })}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'due', label: t('annual.due'), children: `${r.deadline.due}（${r.deadline.rule}）` },
            {
              key: 'computed',
              label: t('annual.computedAt'),
              children: r.computedAt
                ? `${r.computedAt.slice(0, 16).replace('T', ' ')} · ${r.draftedByName ?? ''}`
                : '—',
            },
            {
              key: 'review',
              label: t('annual.opinion'),
              children: r.reviewOpinion ? `${r.reviewOpinion}（${r.reviewedByName ?? ''}）` : '—',
            },
          ]}
        />
      </Card>
      {r.figures ? <FiguresView f={r.figures} /> : <Empty description={t('annual.noFigures')} />}
      <Modal
        open={reviewing !== null}
        title={reviewing === 'approve' ? t('annual.approve') : t('annual.return')}
        okButtonProps={{ loading: busy, danger: reviewing === 'return' }}
        onCancel={() => setReviewing(null)}
        onOk={() =>
          void form
            .validateFields()
            .then(({ opinion }) =>
              act(() => reviewReport(year, r.version, reviewing!, opinion)).then(() => setReviewing(null)),
            )
            .catch(() => undefined)
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="opinion"
            label={t('annual.opinion')}
            rules={[{ required: true, min: 2, whitespace: true, message: t('annual.opinionRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function FiguresView({ f }: { f: AnnualFigures }) {
  const t = useT();
  const { lang } = useLanguage();
  const actName = (a: AnnualFigures['acts'][number]) => (lang === 'en' ? a.nameEn : a.name);
  const actsOption = useMemo(
    () => ({
      grid: { left: 90, right: 40, top: 10, bottom: 20 },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: {
        type: 'category' as const,
        data: f.acts.map((a) => (lang === 'en' ? a.nameEn : a.name)).reverse(),
      },
      tooltip: {},
      series: [
        {
          type: 'bar' as const,
          data: f.acts.map((a) => a.count).reverse(),
          itemStyle: { color: '#a8071a' },
          label: { show: true, position: 'right' as const },
        },
      ],
    }),
    [f, lang],
  );
  const monthlyOption = useMemo(
    () => ({
      legend: { top: 0 },
      color: ['#a8071a', '#0b57d0', '#237804'],
      tooltip: { trigger: 'axis' as const },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: {
        type: 'category' as const,
        data: Array.from({ length: 12 }, (_, i) => `${i + 1}${lang === 'en' ? '' : '月'}`),
      },
      yAxis: { type: 'value' as const, minInterval: 1 },
      series: [
        { name: t('annual.penalty'), type: 'bar' as const, data: f.monthly.penalty },
        { name: t('annual.coercion'), type: 'bar' as const, data: f.monthly.coercion },
        { name: t('annual.inspection'), type: 'bar' as const, data: f.monthly.inspection },
      ],
    }),
    [f, lang, t],
  );
  const remedyRow = (key: keyof AnnualFigures['suits'], label: string) => ({
    key,
    label,
    reconsideration: f.reconsiderations[key],
    suit: f.suits[key],
  });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('annual.acts')} size="small">
          <ReportChart option={actsOption} label={f.acts.map((a) => `${a.name}${a.count}`).join('，')} />
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={f.acts}
            columns={[
              { title: t('annual.item'), render: (_, a) => actName(a) },
              {
                title: t('annual.count'),
                align: 'right',
                render: (_, a) => (a.hasPower || a.count > 0 ? a.count : <Tag>{t('annual.noPower')}</Tag>),
              },
              {
                title: t('annual.rule'),
                dataIndex: 'rule',
                render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('annual.monthly')} size="small">
          <ReportChart option={monthlyOption} label={t('annual.monthly')} />
        </Card>
        <Card title={t('annual.other')} size="small" style={{ marginTop: 16 }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'd', label: t('annual.f.decisions'), children: f.fines.decisions },
              { key: 'a', label: t('annual.f.amount'), children: money(f.fines.amount) },
              { key: 'c', label: t('annual.f.confiscation'), children: money(f.fines.confiscation) },
              { key: 'p', label: t('annual.f.collected'), children: money(f.fines.collected) },
              { key: 'n', label: t('annual.f.noPenalty'), children: f.noPenaltyDecisions },
              {
                key: 'h',
                label: t('annual.f.hearings'),
                children: `${f.hearings.requested} / ${f.hearings.held}`,
              },
              { key: 'r', label: t('annual.f.reviews'), children: f.reviews.total },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('annual.remedies')} size="small">
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={[
              remedyRow('filed', t('annual.r.filed')),
              remedyRow('decided', t('annual.r.decided')),
              remedyRow('upheld', t('annual.r.upheld')),
              remedyRow('corrected', t('annual.r.corrected')),
              remedyRow('dismissed', t('annual.r.dismissed')),
              remedyRow('pending', t('annual.r.pending')),
            ]}
            columns={[
              { title: t('annual.item'), dataIndex: 'label' },
              { title: t('annual.reconsideration'), dataIndex: 'reconsideration', align: 'right' },
              { title: t('annual.suit'), dataIndex: 'suit', align: 'right' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('annual.matters')} size="small">
          <Table
            size="small"
            rowKey={(m) => `${m.kind}:${m.code}`}
            dataSource={f.matters}
            pagination={{ pageSize: 10, showSizeChanger: true }}
            columns={[
              { title: t('annual.matterCode'), dataIndex: 'code', width: 150 },
              { title: t('annual.matterName'), dataIndex: 'name' },
              {
                title: t('annual.category'),
                dataIndex: 'category',
                width: 100,
                filters: [...new Set(f.matters.map((m) => m.category))].map((c) => ({ text: c, value: c })),
                onFilter: (v, m) => m.category === v,
              },
              {
                title: t('annual.count'),
                dataIndex: 'count',
                align: 'right',
                width: 80,
                sorter: (a, b) => a.count - b.count,
                filters: [{ text: '0', value: 0 }],
                onFilter: (v, m) => m.count === v,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
