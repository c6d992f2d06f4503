import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { useErrorText } from '../shared/use-error-text';
import {
  createRemedy,
  fetchRemedies,
  REMEDY_OUTCOMES,
  type Remedy,
  type RemedyInput,
  updateRemedy,
} from './annual-report-api';

interface Values extends Omit<RemedyInput, 'filedOn' | 'outcomeOn'> {
  filedOn: Dayjs;
  outcomeOn?: Dayjs | null;
}

/** The register of reconsiderations and suits against the bureau's decisions (counted in P-11). */
export function RemediesPanel() {
  const t = useT();
  const can = useCan();
  const canEdit = can('remedies.edit');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [kind, setKind] = useState<string | undefined>();
  const [editing, setEditing] = useState<Remedy | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();
  const remedies = useQuery({
    queryKey: ['remedies', page, kind],
    queryFn: ({ signal }) => fetchRemedies({ ...page, kind }, signal),
    placeholderData: keepPreviousData,
  });
  const outcome = Form.useWatch('outcome', form);

  const save = async () => {
    const v = await form.validateFields();
    const input: RemedyInput = {
      ...v,
      caseNo: v.caseNo?.trim() ? v.caseNo.trim() : null,
      note: v.note ?? '',
      filedOn: v.filedOn.format('YYYY-MM-DD'),
      outcomeOn: v.outcome === 'pending' || !v.outcomeOn ? null : v.outcomeOn.format('YYYY-MM-DD'),
    };
    setSaving(true);
    try {
      if (editing && editing !== 'new') await updateRemedy(editing.id, input);
      else await createRemedy(input);
      setEditing(null);
      message.success(t('annual.done'));
      await queryClient.invalidateQueries({ queryKey: ['remedies'] });
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      extra={
        canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('remedies.add')}
          </Button>
        ) : null
      }
      title={t('remedies.title')}
    >
      {remedies.isError ? (
        <ErrorResult error={remedies.error} onRetry={() => void remedies.refetch()} />
      ) : (
        <Table<Remedy>
          rowKey="id"
          loading={remedies.isFetching}
          dataSource={remedies.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('remedies.empty')} /> }}
          onChange={(p, filters) => {
            setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
            setKind((filters.kind?.[0] as string | undefined) ?? undefined);
          }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: remedies.data?.total ?? 0,
            showSizeChanger: true,
          }}
          columns={[
            {
              title: t('remedies.kind'),
              key: 'kind',
              width: 100,
              filters: [
                { text: t('annual.reconsideration'), value: 'reconsideration' },
                { text: t('annual.suit'), value: 'suit' },
              ],
              filterMultiple: false,
              filteredValue: kind ? [kind] : null,
              render: (_, r) => t(r.kind === 'suit' ? 'annual.suit' : 'annual.reconsideration'),
            },
            { title: t('remedies.decisionNo'), dataIndex: 'decisionNo' },
            { title: t('remedies.applicant'), dataIndex: 'applicant' },
            { title: t('remedies.organ'), dataIndex: 'organ' },
            { title: t('remedies.filedOn'), dataIndex: 'filedOn', width: 110 },
            {
              title: t('remedies.outcome'),
              key: 'outcome',
              render: (_, r) => (
                <Tag
                  color={
                    r.outcome === 'pending'
                      ? 'processing'
                      : r.outcome === 'upheld' || r.outcome === 'dismissed'
                        ? 'success'
                        : 'warning'
                  }
                >
                  {t(`remedies.outcome.${r.outcome}`)}
                  {r.outcomeOn ? ` ${r.outcomeOn}` : ''}
                </Tag>
              ),
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 110,
                    render: (_: unknown, r: Remedy) => (
                      <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                        {t('remedies.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('remedies.add') : t('remedies.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => void save().catch(() => undefined)}
        okButtonProps={{ loading: saving }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={
            editing && editing !== 'new'
              ? {
                  ...editing,
                  filedOn: dayjs(editing.filedOn),
                  outcomeOn: editing.outcomeOn ? dayjs(editing.outcomeOn) : null,
                }
              : { kind: 'reconsideration', outcome: 'pending', note: '' }
          }
        >
          <Form.Item name="kind" label={t('remedies.kind')} rules={[{ required: true }]}>
            <Select
              options={[
                { value: 'reconsideration', label: t('annual.reconsideration') },
                { value: 'suit', label: t('annual.suit') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="decisionNo"
            label={t('remedies.decisionNo')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="caseNo" label={t('remedies.caseNo')}>
            <Input maxLength={64} />
          </Form.Item>
          <Flex gap="middle">
            <Form.Item
              name="applicant"
              label={t('remedies.applicant')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="organ"
              label={t('remedies.organ')}
              rules={[{ required: true, whitespace: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Flex>
          <Flex gap="middle">
            <Form.Item name="filedOn" label={t('remedies.filedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="outcome"
              label={t('remedies.outcome')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <Select
                options={REMEDY_OUTCOMES.map((o) => ({ value: o, label: t(`remedies.outcome.${o}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="outcomeOn"
              label={t('remedies.outcomeOn')}
              dependencies={['outcome', 'filedOn']}
              rules={[
                { required: outcome !== undefined && outcome !== 'pending' },
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) =>
                    v && getFieldValue('filedOn') && v.isBefore(getFieldValue('filedOn'), 'day')
                      ? Promise.reject(new Error(t('remedies.filedOn')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <DatePicker disabled={outcome === 'pending'} />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('remedies.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
