import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/language';
import { fetchPeople } from '../people/people-api';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { fetchUnits } from '../units/units-api';
import {
  checkOutDevice,
  DEVICE_KINDS,
  DEVICE_STATUSES,
  type Device,
  type DeviceKind,
  type DeviceStatus,
  type DevicesQuery,
  fetchDevice,
  fetchDevices,
  fetchLateUploads,
  type LateUpload,
  registerDevice,
  returnDevice,
} from './devices-api';

const KIND_LABEL: Record<DeviceKind, MessageKey> = {
  'body-camera': 'devices.kind.body-camera',
  'handheld-terminal': 'devices.kind.handheld-terminal',
};
const STATUS_LABEL: Record<DeviceStatus, MessageKey> = {
  'in-store': 'devices.status.in-store',
  'checked-out': 'devices.status.checked-out',
  retired: 'devices.status.retired',
};
const STATUS_COLOR: Record<DeviceStatus, string> = {
  'in-store': 'green',
  'checked-out': 'blue',
  retired: 'default',
};

/** 执法记录设备 (R-04, I-04): the register, who holds what, check-out and return, and late uploads. */
export function DevicesPage() {
  const t = useT();
  const can = useCan();
  const canManage = can('devices.manage');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useSearchState();
  const [registering, setRegistering] = useState(false);
  const [checkingOut, setCheckingOut] = useState<Device | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const query: DevicesQuery = {
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    kind: readEnum(params, 'kind', DEVICE_KINDS),
    status: readEnum(params, 'status', DEVICE_STATUSES),
  };
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  const devices = useQuery({
    queryKey: ['devices', 'list', query],
    queryFn: ({ signal }) => fetchDevices(query, signal),
    placeholderData: keepPreviousData,
  });
  const late = useQuery({
    queryKey: ['devices', 'late'],
    queryFn: ({ signal }) => fetchLateUploads(1, 10, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['devices'] });

  const doReturn = async (d: Device) => {
    try {
      await returnDevice(d.id);
      message.success(t('devices.returned'));
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const columns: TableColumnsType<Device> = [
    {
      title: t('devices.serial'),
      key: 'serial',
      width: 190,
      render: (_, d) => (
        <Flex vertical>
          <Typography.Link onClick={() => setDetail(d.id)}>{d.serial}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.model}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('devices.kind'),
      key: 'kind',
      width: 130,
      filters: DEVICE_KINDS.map((k) => ({ text: t(KIND_LABEL[k]), value: k })),
      filterMultiple: false,
      filteredValue: query.kind ? [query.kind] : null,
      render: (_, d) => t(KIND_LABEL[d.kind]),
    },
    { title: t('devices.unit'), key: 'unit', width: 160, render: (_, d) => d.unit.name },
    {
      title: t('devices.status'),
      key: 'status',
      width: 100,
      filters: DEVICE_STATUSES.map((s) => ({ text: t(STATUS_LABEL[s]), value: s })),
      filterMultiple: false,
      filteredValue: query.status ? [query.status] : null,
      render: (_, d) => <Tag color={STATUS_COLOR[d.status]}>{t(STATUS_LABEL[d.status])}</Tag>,
    },
    {
      title: t('devices.holder'),
      key: 'holder',
      width: 170,
      render: (_, d) =>
        d.holder ? (
          <Flex vertical>
            <span>{d.holder.name}</span>
            {d.holder.since ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('devices.since', { at: formatDateTime(d.holder.since).slice(0, 10) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('devices.lateUploads'),
      dataIndex: 'lateUploads',
      width: 100,
      render: (n: number) =>
        n > 0 ? <Badge count={n} color="#c41d1d" /> : <Typography.Text type="secondary">0</Typography.Text>,
    },
    ...(canManage
      ? [
          {
            title: t('evidence.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, d: Device) =>
              d.status === 'in-store' ? (
                <Button size="small" onClick={() => setCheckingOut(d)}>
                  {t('devices.checkOut')}
                </Button>
              ) : d.status === 'checked-out' ? (
                <Button size="small" onClick={() => doReturn(d)}>
                  {t('devices.return')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const lateColumns: TableColumnsType<LateUpload> = [
    { title: t('evidence.title'), dataIndex: 'title' },
    { title: t('evidence.device'), key: 'device', width: 160, render: (_, l) => l.device?.serial ?? '—' },
    { title: t('evidence.officer'), key: 'officer', width: 120, render: (_, l) => l.officer.name },
    {
      title: t('evidence.capturedAt'),
      dataIndex: 'capturedAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('devices.delay'),
      dataIndex: 'delayHours',
      width: 110,
      render: (h: number) => <Tag color="red">{t('devices.hours', { n: h })}</Tag>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('devices.title')}
        subTitle={t('devices.subtitle', { window: late.data?.windowHours ?? 24 })}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('devices.register')}
            </Button>
          ) : null
        }
      />
      <Row gutter={16}>
        <Col xs={24}>
          <Card>
            <Input.Search
              allowClear
              style={{ width: 300, marginBottom: 12 }}
              placeholder={t('devices.search')}
              aria-label={t('devices.search')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => update({ q: v || null, page: null })}
            />
            {devices.isError ? (
              <ErrorResult error={devices.error} onRetry={() => devices.refetch()} />
            ) : (
              <Table<Device>
                rowKey="id"
                size="middle"
                loading={devices.isFetching}
                columns={columns}
                dataSource={devices.data?.items ?? []}
                locale={{ emptyText: <Empty description={t('devices.empty')} /> }}
                onChange={(_p, filters) => {
                  const kind = (filters.kind?.[0] as string | undefined) ?? null;
                  const status = (filters.status?.[0] as string | undefined) ?? null;
                  if (kind !== (query.kind ?? null) || status !== (query.status ?? null))
                    update({ kind, status, page: null });
                }}
                pagination={{
                  current: page,
                  pageSize,
                  total: devices.data?.total ?? 0,
                  showSizeChanger: true,
                  pageSizeOptions: PAGE_SIZE_OPTIONS,
                  onChange: (p, s) => update({ page: String(p), pageSize: String(s) }),
                }}
                scroll={{ x: 800 }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('devices.lateTitle')} data-testid="late-uploads" style={{ marginTop: 16 }}>
            <Table<LateUpload>
              rowKey="evidenceId"
              size="small"
              columns={lateColumns}
              dataSource={late.data?.items ?? []}
              loading={late.isFetching}
              pagination={false}
              locale={{ emptyText: <Empty description={t('evidence.empty')} /> }}
            />
          </Card>
        </Col>
      </Row>
      <RegisterDeviceModal
        open={registering}
        onClose={() => setRegistering(false)}
        onDone={async (serial) => {
          message.success(t('devices.registered', { serial }));
          await refresh();
        }}
      />
      <CheckOutModal
        device={checkingOut}
        onClose={() => setCheckingOut(null)}
        onDone={async () => {
          await refresh();
        }}
      />
      <DeviceDrawer id={detail} onClose={() => setDetail(null)} />
    </>
  );
}

function RegisterDeviceModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (serial: string) => Promise<void>;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<{
    kind: DeviceKind;
    serial: string;
    model: string;
    unitId: string;
    note?: string;
  }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const units = useQuery({ queryKey: ['units'], queryFn: ({ signal }) => fetchUnits(signal), enabled: open });
  return (
    <Modal
      open={open}
      title={t('devices.register')}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const values = await form.validateFields();
        setBusy(true);
        setError(null);
        try {
          const out = await registerDevice(values);
          await onDone(out.device.serial);
          form.resetFields();
          onClose();
        } catch (err) {
          setError(errorText(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'body-camera' }}>
        <Form.Item name="kind" label={t('devices.kind')} rules={[{ required: true }]}>
          <Select options={DEVICE_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))} />
        </Form.Item>
        <Form.Item
          name="serial"
          label={t('devices.serial')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9-]{3,40}$/, message: t('devices.serialRule') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="model"
          label={t('devices.model')}
          rules={[{ required: true, whitespace: true }, { max: 80 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t('devices.unit')} rules={[{ required: true }]}>
          <Select
            loading={units.isLoading}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('evidence.note')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
      </Form>
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
    </Modal>
  );
}

function CheckOutModal({
  device,
  onClose,
  onDone,
}: {
  device: Device | null;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ personId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useQuery({
    queryKey: ['people', 'unit', device?.unit.id],
    queryFn: ({ signal }) =>
      fetchPeople({ page: 1, pageSize: 200, unitId: device!.unit.id, certStatus: 'valid' }, signal),
    enabled: device !== null,
  });
  return (
    <Modal
      open={device !== null}
      title={`${t('devices.checkOut')} · ${device?.serial ?? ''}`}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const values = await form.validateFields();
        setBusy(true);
        setError(null);
        try {
          await checkOutDevice(device!.id, values.personId);
          await onDone();
          form.resetFields();
          onClose();
        } catch (err) {
          setError(errorText(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="personId"
          label={t('devices.person')}
          rules={[{ required: true, message: t('devices.personRequired') }]}
        >
          <Select
            loading={people.isLoading}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.position}`,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
    </Modal>
  );
}

function DeviceDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const detail = useQuery({
    queryKey: ['devices', 'detail', id],
    queryFn: ({ signal }) => fetchDevice(id!, signal),
    enabled: id !== null,
  });
  const d = detail.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={d ? `${t('devices.detail')} · ${d.device.serial}` : t('devices.detail')}
    >
      {detail.isError ? <ErrorResult error={detail.error} onRetry={() => detail.refetch()} /> : null}
      {d ? (
        <Flex vertical gap={16}>
          <Typography.Text>
            {t(KIND_LABEL[d.device.kind])} · {d.device.model} · {d.device.unit.name}
          </Typography.Text>
          <Card size="small" title={t('devices.history')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.checkouts}
              columns={[
                { title: t('devices.person'), key: 'p', render: (_, c) => c.person.name },
                {
                  title: t('devices.checkedOutAt'),
                  dataIndex: 'checkedOutAt',
                  render: (v: string) => formatDateTime(v),
                },
                {
                  title: t('devices.returnedAt'),
                  dataIndex: 'returnedAt',
                  render: (v: string | null) =>
                    v ? formatDateTime(v) : <Tag color="blue">{t('devices.stillOut')}</Tag>,
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('devices.lateTitle')}>
            <Table
              rowKey="evidenceId"
              size="small"
              pagination={false}
              dataSource={d.lateUploads}
              locale={{ emptyText: <Empty description={t('evidence.empty')} /> }}
              columns={[
                { title: t('evidence.title'), dataIndex: 'title' },
                {
                  title: t('evidence.capturedAt'),
                  dataIndex: 'capturedAt',
                  render: (v: string) => formatDateTime(v),
                },
                {
                  title: t('devices.delay'),
                  dataIndex: 'delayHours',
                  render: (h: number) => <Tag color="red">{t('devices.hours', { n: h })}</Tag>,
                },
              ]}
            />
          </Card>
        </Flex>
      ) : null}
    </Drawer>
  );
}
