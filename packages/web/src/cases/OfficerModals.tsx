import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { useLanguage } from '../i18n/language';
import { fetchPeople, type Person } from '../people/people-api';
import { formatDate } from '../shared/format';
import type { CaseOfficer } from './cases-api';

/** A certificate's validity as a tag: green while valid, orange when it runs out soon, red otherwise. */
export function CertificateTag({
  certificate,
}: {
  certificate: { number: string; validTo: string; status: string } | null;
}) {
  const { t } = useLanguage();
  if (!certificate) return <Tag color="red">{t('cases.noCertificate')}</Tag>;
  const color =
    certificate.status === 'valid' ? 'green' : certificate.status === 'expiring' ? 'orange' : 'red';
  return (
    <Tag color={color} style={{ whiteSpace: 'nowrap' }} data-testid="certificate-tag">
      {t('cases.certificate')} {certificate.number} ·{' '}
      {t('caseForm.validTo', { date: formatDate(certificate.validTo) })}
      {certificate.status === 'expired' || certificate.status === 'revoked'
        ? ` · ${t(certificate.status === 'expired' ? 'caseForm.certExpired' : 'caseForm.certRevoked')}`
        : ''}
    </Tag>
  );
}

const usable = (p: Person) =>
  p.certificate !== null && (p.certificate.status === 'valid' || p.certificate.status === 'expiring');

/** Assigns a person to the case: only holders of a valid 执法证 (行政处罚法 art. 42); others are shown disabled. */
export function AssignOfficerModal({
  open,
  current,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  current: CaseOfficer[];
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (v: { personId: string; role: 'lead' | 'assist' }) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const [form] = Form.useForm<{ personId: string; role: 'lead' | 'assist' }>();
  const people = useQuery({
    queryKey: ['people', 'certified-officers'],
    queryFn: ({ signal }) => fetchPeople({ page: 1, pageSize: 100 }, signal),
    enabled: open,
    staleTime: 60_000,
  });
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  useEffect(() => {
    if (error && isApiError(error)) form.setFields([{ name: 'personId', errors: [error.text(lang)] }]);
  }, [error, form, lang]);
  const onCase = new Set(current.filter((o) => o.active).map((o) => o.personId));
  const options = (people.data?.items ?? [])
    .filter((p) => p.certificate !== null && !onCase.has(p.id))
    .sort((a, b) => Number(usable(b)) - Number(usable(a)))
    .map((p) => ({
      value: p.id,
      disabled: !usable(p),
      title: `${p.name} ${p.certificate?.number ?? ''}`,
      label: (
        <Space size={4}>
          <span>{p.name}</span>
          <Typography.Text type="secondary">{p.unit.name}</Typography.Text>
          <CertificateTag certificate={p.certificate} />
        </Space>
      ),
    }));
  return (
    <Modal
      open={open}
      title={t('caseForm.assignOfficer')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'assist' }} onFinish={onSubmit}>
        <Form.Item
          name="personId"
          label={t('caseForm.officer')}
          extra={t('caseForm.officerHint')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'title' }}
            loading={people.isLoading}
            options={options}
            optionLabelProp="title"
          />
        </Form.Item>
        <Form.Item name="role" label={t('caseForm.officerRole')}>
          <Radio.Group
            options={[
              { value: 'lead', label: t('cases.role.lead') },
              { value: 'assist', label: t('cases.role.assist') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Records a recusal request or decides it (行政处罚法 art. 43), with its reason. */
export function RecusalModal({
  officer,
  canDecide,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  officer: CaseOfficer | null;
  canDecide: boolean;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (v: { reason: string; decision: 'requested' | 'recused' | 'rejected' }) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const [form] = Form.useForm<{ reason: string; decision: 'requested' | 'recused' | 'rejected' }>();
  useEffect(() => {
    if (officer) {
      form.resetFields();
      form.setFieldsValue({ decision: canDecide ? 'recused' : 'requested' });
    }
  }, [officer, form, canDecide]);
  useEffect(() => {
    if (error && isApiError(error)) form.setFields([{ name: 'reason', errors: [error.text(lang)] }]);
  }, [error, form, lang]);
  return (
    <Modal
      open={officer !== null}
      title={t('caseForm.recusalOf', { name: officer?.name ?? '' })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit({ reason: v.reason.trim(), decision: v.decision })}
      >
        <Form.Item name="decision" label={t('caseForm.recusalDecision')}>
          <Radio.Group
            options={[
              { value: 'requested', label: t('caseForm.recusal.requested') },
              { value: 'recused', label: t('caseForm.recusal.recused'), disabled: !canDecide },
              { value: 'rejected', label: t('caseForm.recusal.rejected'), disabled: !canDecide },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('caseForm.recusalReason')}
          rules={[{ required: true, whitespace: true, message: t('cases.required') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
